"""Meetings that took place, who chaired and attended them, and who directed which locality.

A meeting is a meeting word (``data/meetings.tsv``) that is not a reference (``Nghị quyết Đại
hội``, ``chuẩn bị kỳ họp``: ``data/meeting_negations.txt``) nor generic (``công tác kiểm tra``,
``Đại hội chi bộ`` of many cells). Its date is the event date of its sentence, its locality the
unit named with the meeting (``Đại hội Đảng bộ tỉnh Kiên Giang``, ``làm việc với Đảng ủy xã
Thuận``) or the body that holds it (``UBND tỉnh họp``).

``chủ trì``/``đồng chủ trì``/``chủ tọa`` make a chair; ``dự``, ``tham dự``, ``phát biểu`` an
attendee. A chair, an attendee who ``chỉ đạo``/``yêu cầu``, and the head of a delegation that
``làm việc với`` a body direct the meeting's locality.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date as _date, timedelta

from .dates import event_dates
from .document import HEADLINE_MAX
from .lexicon import meeting_negations, meeting_words
from .localities import LEVEL_OF_WORD, LOWER, UPPER, Context
from .officials import PersonMention, one_holder
from .record import Directed, Meeting, Official

_B = rf"(?![{LOWER}{UPPER}\w])"
_A = rf"(?<![{LOWER}{UPPER}\w])"
# chairing (FORMAT.md: chủ trì, đồng chủ trì, chủ tọa; settled cases: điều hành a meeting)
# a congress's presidium presides over it: "Đoàn Chủ tịch Đại hội gồm các đồng chí: A; B"
_CHAIR = re.compile(rf"{_A}(đồng chủ trì|chủ trì|chủ tọa|Chủ tọa|Chủ trì|cùng điều hành|"
                    rf"[Đđ]oàn [Cc]hủ tịch(?=\s+(?:(?:Đại hội|đại hội|kỳ họp|Kỳ họp)\s+)?(?:gồm|là|có)\s)|điều hành(?=\s+(?:kỳ họp|phiên|hội nghị|Hội nghị|Đại hội|đại hội|buổi|cuộc|chương trình|của)))(?![\w])")
# attending; the hosts of a visit ("Tiếp đoàn có ông A, Bí thư Huyện ủy") are present at it too
_ATTEND = re.compile(rf"{_A}((?<!trong đó )có (?:các )?(?:đồng chí|đ/c|(?:ông|bà)(?:,? bà)?(?=\s+[{UPPER}]|\s*$))|(?<!đại biểu )có mặt|tham dự|dự|Dự|Tham dự|phát biểu|Phát biểu|Cùng đi|cùng đi|Đi cùng|đi cùng|đến dự|Cùng dự|cùng dự|làm Trưởng đoàn|làm trưởng đoàn|dẫn đầu|"
                     rf"[Tt]rả lời ý kiến|[Tt]iếp thu(?:,\s*giải trình)? ý kiến|[Gg]iải trình(?=\s+(?:ý kiến|kiến nghị|làm rõ|thêm|về))|"
                     rf"(?<!phiên )(?<!lễ )(?<!sau )(?:kết luận|khai mạc|bế mạc)(?=\s+(?:hội nghị|Hội nghị|buổi|phiên|kỳ họp|Kỳ họp|đại hội|Đại hội|cuộc họp))|"
                     rf"(?:[Đđ]ón tiếp|[Tt]iếp|[Đđ]ón|[Tt]iếp và làm việc với|[Ll]àm việc với)\s+(?:các\s+)?đoàn){_B}")
# present in person: handing over or receiving a decision, an award or flowers (FORMAT.md settled
# cases: attendees include officials "receiving a decision or flowers in person")
_HANDS_OVER = re.compile(rf"{_A}(?:trao|tặng|nhận)\s+(?:[^.;:]{{0,40}}?\s)?(?:quyết định|Quyết định|huân chương|Huân chương|bằng khen|Bằng khen|hoa|Cờ thi đua|cờ thi đua|"
                         rf"[Hh]uy hiệu|[Gg]iấy khen|[Kk]ỷ niệm chương|[Bb]ằng công nhận|[Bb]ằng chứng nhận){_B}")
# "chỉ đạo" as a noun ("Ban Chỉ đạo", "thực hiện chỉ đạo của", "theo sự chỉ đạo"), not a verb, nor a
# title after a comma ("Ủy viên Bộ Chính trị, chỉ đạo Đảng bộ TP Hà Nội")
_NOT_NOUN = "(?<!ban )(?<!sự )(?<!theo )(?<!hiện )(?<!tổ )(?<!nhận )(?<!lãnh đạo, )"
# directing: "chỉ đạo", "yêu cầu", or "đề nghị" a body to act ("đề nghị Đảng ủy xã tập trung ...")
_DIRECT = re.compile(rf"{_A}(?:{_NOT_NOUN}(?!(?<=, )chỉ đạo\s+Đảng bộ)chỉ đạo(?!\s+(?:của|cải cách|thực hiện|xây dựng|phòng|công tác|các chương trình))|yêu cầu(?!\s+(?:các\s+|những\s+)?(?:phòng|sở|ban,|ban ngành|ngành|đơn vị|cơ quan)(?!\w))|đề nghị(?=\s*,?\s+(?:(?:trong\s+)?thời\s+gian\s+tới,?\s+|từ\s+nay\s+đến\s+cuối\s+năm,?\s+)?(?:(?:Ban Thường vụ|BTV|Thường trực|Ban Chấp hành|tập thể)\s+)?"
                     rf"(?:Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|UBND|HĐND|Ủy ban|cấp ủy|Đảng bộ|chính quyền|địa phương|"
                     rf"huyện|xã|phường|thị trấn|tỉnh|thành phố)(?![\w]))){_B}", re.I)
_GENERIC_CHECK = re.compile(r"(công tác|các cuộc|cuộc|việc|tăng cường)\s+$", re.I)
_VILLAGE = re.compile(r"(thôn|ấp|bản|tổ dân phố|khu phố|Chi bộ) ")
# a list of people introduced as directing: "Dự và chỉ đạo Đại hội có các đồng chí: A, …; B, …"
_DIRECTING_LIST = re.compile(r"chỉ\s+đạo[^.;:]{0,60}?(?:có|gồm)\s+(?:các\s+)?(?:đồng\s+chí|đ/c|ông|bà)(?!\w)", re.I)
# a plural or a count before a list of units: "Đảng bộ các tỉnh A, B và C", "6 xã: A, B"
_PLURAL_UNITS = re.compile(r"(?:các|\d+)\s+(?:(?:Tỉnh ủy|Huyện ủy|Đảng ủy)\s+)?(?P<lw>tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)?\s*:?\s*")
# what joins a meeting word to the plural of its units: "làm việc với Đảng bộ các tỉnh", "Đại hội Đảng
# bộ các xã", "kiểm tra công tác chuẩn bị đại hội của 6 xã" (not "thông qua chủ trương sáp nhập các xã")
_UNITS_LINK = re.compile(r"(?<!\w)(?:với|của|tại|ở|Đảng bộ|đảng bộ|Đảng ủy|Ban Thường vụ|BTV|lãnh đạo|cấp ủy(?:,?\s*chính quyền)?|"
                         r"UBND|HĐND|chỉ đạo|duyệt văn kiện[^.;]{0,20}|Đại hội|đại hội)\s+$")
_UNITS_REACH = 120  # characters after the meeting word its list of units may start within
_HOSTS = re.compile(r"(?:^|(?<=[.\n]))\s*(?:Làm việc với|Tiếp|Đón)\s+đoàn(?:\s+công tác)?[^.;]{0,40}?\s(?:có|gồm)\s")
_NON_PARTY_SLUG = re.compile(r"dai-hoi-(?:dai-bieu-)?(?:doan|hoi|cong-doan|mat-tran|mttq|cuu-chien-binh|phu-nu|nong-dan|"
                             r"cac-dan-toc|dan-toc-thieu-so|the-duc|thi-dua|lien-hiep)")
_PARTY_SLUG = re.compile(r"dai-hoi-(?:dai-bieu-)?(?:dang-bo|chi-bo|dang)")
_ATTEND_HEAD = re.compile(r"\s*(?:Tham dự|Dự|Cùng dự|Đến dự)(?:\s+\S+){0,3}?\s+có\s")
_AT_UNITS = re.compile(r"(?<!\w)(?:tại|với)\s+(?=(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s)")
_VISITORS_AFTER = re.compile(r"(Cùng đi|cùng đi|Đi cùng|đi cùng|Tiếp|tiếp đoàn|Đón|đón|Làm việc với đoàn)")
# after a meeting word: it is planned, not held ("kỳ họp thứ 10, Quốc hội khóa XV dự kiến khai mạc")
_PLANNED_AFTER = re.compile(r"^(?:\s+thứ\s+\S+)?(?:,?\s+(?:Quốc hội|HĐND[^,.;]{0,30})\s+khóa\s+\S+)?\s*(?:dự kiến|sẽ|sắp|tới(?!\s+dự))(?!\w)")
# later in the meeting's clause: "Đại hội Đảng bộ huyện sẽ được tổ chức vào tháng 7"
_PLANNED_LATER = re.compile(r"[^,.;:\n]{0,60}?\s(?:sẽ|dự kiến)\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc|họp|tiến hành)(?!\w)")
# a count before the meeting noun: "125 hội nghị", "2 cuộc kiểm tra" (not a date "5/3 Hội nghị")
_COUNTED_BEFORE = re.compile(r"(?:^|[\s(])\d{1,3}(?:\s+(?:cuộc|buổi|lượt))?\s+$")
# after "đại hội": a Party congress ("Đại hội Đảng bộ xã ...", "Đại hội đại biểu Đảng bộ")
# asked, resolved or preparing to hold a meeting, not one held: "đề nghị … tập trung lãnh đạo tổ chức
# thành công", "chuẩn bị tốt các điều kiện tổ chức đại hội"
_TO_HOLD = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|phấn đấu|quyết tâm|cần|phải|chuẩn bị)(?!\w)[^.;]{0,80}?(?<!đã )tổ chức(?:\s+thành công|\s+tốt)?\s+$")
# a sentence whose subject is the visiting team: "Đoàn công tác đã đi thực địa …", "Buổi chiều, đoàn …"
_TEAM_SUBJECT = re.compile(r"\s*(?:[^,.;:\n]{1,30},\s*)?(?:Đoàn|đoàn)(?:\s+(?:công tác|kiểm tra|giám sát))?\s+(?:đã|cũng|tiếp tục|đi|đến)(?!\w)")
_BEFOREHAND = re.compile(r"\s*(?:Trước đó|Trước khi khai mạc)\b")
_RANK = {"commune": 0, "district": 1, "province": 2}
# a line of digits and separators, or a weekday with a date or a time zone: a date line under a headline
_DATE_ONLY = re.compile(r"[\d\s/:.,|\-–()]*|(?:\w+\s*,\s*)?[\d\s/:.,|\-–()]*(?:GMT\+7)?")


def _headline_like(line: str) -> bool:
    """A short line of words with no full stop at its end: a headline."""
    line = line.strip()
    return 15 <= len(line) <= HEADLINE_MAX and not line.endswith((".", "…", ":", ";", ",")) and len(line.split()) >= 4


# the Front and the mass organisations (not the Party or the State): their bodies as posts name them
_MASS_BODY = re.compile(r"(?:Ủy ban\s+)?(?:MTTQ|Mặt trận)|Hội(?!\s+đồng)|Đoàn\s+(?:TNCS|Thanh niên)|Tỉnh đoàn|Huyện đoàn|Thành đoàn|"
                        r"Công đoàn|Liên đoàn Lao động|LĐLĐ")
# congratulated on the new post given at the ceremony: "Chúc mừng đồng chí A (và đồng chí B) nhận nhiệm vụ"
_NEW_DUTY = re.compile(r"[Cc]húc mừng\s+(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\s+$")
_NEW_DUTY_AFTER = re.compile(r"[^.;:]{0,60}?(?<!\w)(?:nhận nhiệm vụ|được (?:bổ nhiệm|điều động|phân công|giao nhiệm vụ)|"
                             r"giữ (?:chức|vị trí|cương vị))(?!\w)")
_FAR = 10 ** 6  # a distance no locality near a meeting word reaches
_OWN_HOST = 120  # a unit named this close to a meeting word hosts it (_locality_near: chars + 20 a level up)
# "A cùng đoàn công tác đến khảo sát …": A and the team named before
_WITH_TEAM = re.compile(r"(?<!\w)cùng\s+(?:các\s+thành\s+viên\s+)?đoàn(?:\s+công\s+tác)?(?!\w)(?![^.;]{0,30}?(?:của|do)\s)")
_ITEM_LINE = re.compile(r"\s*(?:[-–+•*]\s|\d{1,2}[.)]\s)")
# a plural list head: "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy: ", "các đồng chí: "
_PLURAL_LIST_HEAD = re.compile(r"(?:các|Các)\s+(?:đồng chí|đ/c|ông,?\s*bà|vị)[^.;:]{0,120}:")
# a conference for the whole country ("Hội nghị trực tuyến toàn quốc", "Hội nghị trực tuyến Chính phủ với
# các địa phương"), or one a central body holds
# ("Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội nghị …"): its locality is none of the units (FORMAT.md)
_NATIONAL = re.compile(r"(?:\s+(?:trực tuyến|trực tiếp kết hợp trực tuyến))?\s+(?:toàn quốc(?!\w)|(?:của\s+)?(?:Chính phủ|Ban Bí thư|Bộ Chính trị)"
                       r"\s+(?:với|và)\s+(?:các\s+)?(?:địa phương|tỉnh, thành phố|bộ, ngành)(?!\w))")
_CENTRAL_HOST = re.compile(r"(?<!\w)(?:Bộ Chính trị|Ban Bí thư|Chính phủ|Quốc hội|Ban Chấp hành Trung ương(?: Đảng)?|"
                           r"Bộ (?!Chỉ huy|CHQS)[A-ZĐ][^.;]{0,50}?|Ban [A-ZĐ][^,.;]{0,25}? Trung ương|Ủy ban Trung ương MTTQ[^,.;]{0,20}?)"
                           r"\s+(?:đã\s+)?tổ chức\s+(?:\S+\s+){0,2}$")
_TEAM_REACH = 1200  # characters from a team's members to the meeting its next sentences name
_LEADS = re.compile(r"(?<!\w)(?:dẫn đầu|làm [Tt]rưởng đoàn|làm [Tt]ổ trưởng)(?!\w)")
_COUNTED_AFTER = re.compile(r"[^.,;:()]{0,30}?\s\d+\s+(?:lượt|cuộc|lần)(?!\w)")
_PARTY_CONGRESS_AFTER = re.compile(r"^\s+(?:đại biểu\s+)?(?:Đảng|đảng|Chi bộ|chi bộ|lần thứ|Đại biểu Đảng)", re.I)
# a meeting noun standing alone refers back to a meeting already reported ("Tại hội nghị, ...",
# "phát biểu chỉ đạo tại Đại hội.", "Cuộc họp sáng nay có ...", "Kỳ họp cũng thông qua ...")
_ANAPHORIC_WORDS = ("đại hội", "hội nghị", "kỳ họp", "cuộc họp", "phiên họp", "buổi làm việc", "phiên làm việc", "buổi giám sát",
                    "buổi lễ", "lễ", "buổi sinh hoạt", "buổi ra mắt", "buổi gặp mặt")
_BARE_AFTER = re.compile(r"(?:\s+(?:này|đó|sáng nay|chiều nay|hôm nay|tối nay))?\s*(?:[,.;:…\"”)]|$|\s+(?:có|đã|cũng)\s)")
# someone concluding the meeting the article reports ("Phát biểu kết luận hội nghị, …", "Kết luận buổi làm
# việc, …"), not the conclusions of another ("Thực hiện Kết luận Hội nghị Trung ương 8")
_CONCLUDING = re.compile(r"(?:phát biểu |(?:^|[\n.;,])\s*)kết luận\s*$")
# a meeting named as the subject of its sentence: "Hội nghị cũng đã biểu quyết …", "Kỳ họp đã thông qua …"
_SUBJECT_AFTER = re.compile(r"\s+(?:cũng\s+|đã\s+|cũng\s+đã\s+)[^\W\d]")
# a second verb of the same subject: "đã kiểm tra Trung tâm … và làm việc với", ", sau đó làm việc với"
_JOINED_VERB = re.compile(r"(?:\svà|,|\srồi|sau đó)\s+(?:đã\s+|có buổi\s+|tiếp tục\s+)?$")
# a get-together that also reviews the year's work: "họp mặt kỷ niệm 94 năm …; tổng kết công tác năm 2023"
_REVIEW_AFTER = re.compile(r"[^.\n]{0,160}?(?<!\w)(?:tổng kết|sơ kết|triển khai nhiệm vụ)(?!\w)")
# the longest a congress or a council session sits (provincial congresses take 3 to 4 days)
_SITTING_DAYS = 4
_OBJECT_OF = re.compile(r"(đối với|bầu(?:\s+cử)?(?:\s+bổ\s+sung)?|miễn nhiệm|bổ nhiệm|phê chuẩn|cho thôi)\s+(?:ông|bà|đồng chí|Đ/c|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|tướng))?\s*$", re.I)
# the people a decision is about, listed after "đối với các ông:" (not shown present)
_OBJECT_LIST = re.compile(r"(?i)đối với các (?:ông,?\s*bà|ông|bà|đồng chí|đ/c)\s*:[^.]*$")


# asking a named unit's bodies to act: the verb, then the bodies, up to the unit's level word
_ASK = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|chỉ đạo)\s+(?:(?:cấp ủy|cấp uỷ|chính quyền|Đảng ủy|Đảng bộ|UBND|HĐND|Ban Thường vụ|"
                  r"Thường trực|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|Ủy ban nhân dân|lãnh đạo|tập thể|các ngành|nhân dân|Nhân dân)"
                  rf"\s*(?:,|và)?\s*)+(?=(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s|(?<=ủy )[{UPPER}])")
# a bare "đồng chí" opening a sentence or a clause, then its verb (not a name, a title, "lãnh đạo")
_PRONOUN = re.compile(r"[Đđ]ồng chí\s+")
_PRONOUN_VERB = re.compile(rf"(?:đã|cũng|tiếp tục|luôn)?\s*(?!lãnh\s+đạo|đảng\s+viên|trong|này|đó|và|là|được|nguyên|Ủy|ủy)[{LOWER}]")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:\n]\s*|, )$")
_PRONOUN_REACH = 1500  # characters back to the person a bare "đồng chí" stands for
# a level word with no name after it ("chính quyền xã quan tâm", "UBND huyện chỉ đạo")
_BARE_UNIT = re.compile(rf"(tỉnh|huyện|xã|phường|thị trấn)\s+(?=[{LOWER}])(?!của|và|\w+\s+(?:có|trong|trên)\s)")
# the verb of a person speaking at the meeting, right after their name and titles
_SPEAKS = re.compile(r"\s*,?\s*(?:(?:đã|cũng|tiếp tục)\s+)?(?:báo cáo|trình bày|tham luận|giải trình|nhấn mạnh|"
                     r"kết luận|đề nghị|yêu cầu|chỉ đạo|quán triệt|đánh giá|ghi nhận|biểu dương|thông báo|đề xuất|kiến nghị|"
                     r"khẳng định|cho rằng|lưu ý|chúc mừng|mong muốn|chia sẻ|phân tích|gợi mở|trao đổi|tiếp thu|giao nhiệm vụ|trả lời|"
                     r"đọc diễn văn|đọc báo cáo|đọc tham luận|khai mạc|bế mạc)(?!\w)")
_ASK_VERB = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|chỉ đạo|giao nhiệm vụ cho|giao cho)(?!\w)")
# a request, then the units asked (their bodies, or only their names): "đề nghị thời gian tới, xã A …",
# "giao nhiệm vụ cho UBND xã B"
# (not a title after a comma: "Ủy viên Bộ Chính trị, chỉ đạo Đảng bộ TP Hà Nội")
_ASK_UNITS_VERB = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|(?<!, )chỉ đạo|giao nhiệm vụ cho|giao cho)\s+(?:(?:trong\s+)?thời\s+gian\s+tới,?\s+|"
                             r"từ\s+nay\s+đến\s+cuối\s+năm,?\s+)?(?:các\s+)?")
# an item of a request that names a unit's bodies: "; UBND các huyện A, B đẩy nhanh …"
# or by a committee word and its unit's name ("; Huyện ủy A và Thị ủy B chuẩn bị …")
_ASKED_ITEM = re.compile(r";\s*(?:(?:UBND|HĐND|Ủy ban nhân dân|Đảng ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|cấp ủy,?\s*chính quyền|Ban Thường vụ(?:\s+(?:Huyện|Đảng|Thành|Thị|Quận)\s+ủy)?)\s+)"
                         rf"(?:các\s+)?(?=(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s|(?<=ủy )[{UPPER}])")
# a request that goes on after ";" with its verb first: "A ghi nhận …; đề nghị Đảng ủy xã B …"
_ASK_AFTER = re.compile(r";\s*(?:(?:đồng thời|và|cũng)\s+)?(?=(?:đề nghị|yêu cầu|chỉ đạo)\s)")
_ROLE_WINDOW = 2000  # characters either side of a person read for their role at a meeting
# a sentence that goes on with the same day's programme (also "Tại buổi làm việc với Ban Thường vụ
# Huyện ủy A, …" on a visit the text dated before)
_SAME_DAY_LEAD = re.compile(r"\s*(?:Buổi\s+(?:sáng|chiều|tối|trưa)(?=\s*,)|(?:(?:Buổi\s+)?(?:sáng|chiều|tối|trưa)\s+|Sáng\s+|Chiều\s+|Tối\s+|Trưa\s+)?(?:Cùng|cùng) ngày|Cũng trong (?:ngày|sáng|chiều|buổi sáng|buổi chiều|chương trình)|Trong chương trình"
                            r"(?: làm việc| công tác)?|Trong chuyến (?:công tác|làm việc|thăm)|Dịp này|Nhân dịp này|Tại đây|Sau đó|Trước đó|"
                            r"(?:Trước|Sau)(?: khi| buổi)? làm việc|Tại buổi làm việc(?= với))\b")
# between the units of a list of bodies: "…, Ban Thường vụ Huyện ủy ", " và Đảng ủy xã ", " và các xã "
_BODIES_BETWEEN = re.compile(r"\s*(?:,|và|, và)?\s*(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành|BTV|lãnh đạo(?: chủ chốt)?|cấp ủy,?\s*chính quyền)\s+)?"
                             r"(?:(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|UBND|HĐND)\s+)?"
                             r"(?:các\s+)?(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?")
# the bodies whose one-holder posts stand for their holder in a sentence ("Bí thư Tỉnh ủy yêu cầu ...")
_POST_BODIES = ("UBND", "HĐND", "Tỉnh ủy", "Huyện ủy", "Đảng ủy")
# "làm việc với đoàn (công tác|kiểm tra|giám sát)": the hosts working with a visiting team
_WITH_VISITORS = re.compile(r"(?:(?<=với)|\s+với)\s+(?:các\s+thành\s+viên\s+)?(?:đoàn|Đoàn)(?:\s+(?:công\s+tác|kiểm\s+tra|giám\s+sát|khảo\s+sát))?(?=\s*[,.;:]|\s+(?:có|gồm|do|của|tại|về)\s)")
# a sentence on who received the visitor: "Tiếp Phó Thủ tướng tại Tỉnh ủy có đồng chí A; B"
_RECEIVED_BY = re.compile(r"\s*(?:Cùng\s+)?(?:Tiếp|Đón tiếp|Đón)\s[^.;:]{0,120}?\scó\s")
# what a ceremony ("Lễ") is of: "Lễ công bố Quyết định", "Lễ kỷ niệm 90 năm", "Lễ khởi công"
_CEREMONY_AFTER = re.compile(r"(?i)\s+(?:công bố|kỷ niệm|khởi công|khánh thành|trao|đón nhận|ra mắt|phát động|tuyên dương|"
                             r"chào cờ|thượng cờ|gắn biển|bàn giao|khai giảng|ký kết|công nhận|động thổ|tổng kết|giao nhận|"
                             r"truy điệu|viếng|dâng hương|xuất quân|tiễn|kết nạp|đón|khai mạc|bế mạc|ra quân|tri ân|"
                             r"tưởng niệm|cầu siêu|phát thưởng|vinh danh|trao tặng|hoàn thành)(?!\w)")
# the verb of a visit that its visitors direct: "làm việc với/tại" (an inspection: _INSPECT_BODY)
_VISIT_VERB = re.compile(r"làm việc (?:với|tại)")
# an inspection of a unit's bodies ("giám sát tại Đảng ủy xã A", "kiểm tra đối với Ban Thường vụ
# Huyện ủy B") or a working session during it, not of a site or a project
# ("kiểm tra việc thực hiện Nghị quyết số 10 tại Đảng ủy xã C": what is checked, then the body)
_INSPECT_BODY = re.compile(r"(?<!\w)(?:(?:kiểm tra|khảo sát|giám sát)\s+(?:(?:[^.;:\n]{0,80}?\s)?(?:tại|đối với)\s+)?(?:(?:Ban Thường vụ|Thường trực|"
                           r"Ban Chấp hành|tập thể)\s+)?(?:Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|UBND|HĐND)(?!\w)|làm việc (?:với|tại))")
# what a team does on its visit, later in its sentence: "… đã làm việc với Ban Thường vụ …"
_TEAM_VISITS = re.compile(r"[^.;\n]{0,200}?(?<!\w)(?:làm việc (?:với|tại)|giám sát (?:tại|đối với)|kiểm tra (?:tại|đối với))(?!\w)")
# an inspection or supervision team: "Đoàn kiểm tra", "tổ giám sát"
_TEAM_BEFORE = re.compile(r"(?i)(?<!\w)(?:đoàn|tổ)\s+$")
# the term a congress named after its word is of: "Đại hội Đảng bộ huyện … nhiệm kỳ 2025-2030"
_TERM_AFTER = re.compile(r"[^.;\n]{0,100}?nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")
_TERM_IN = re.compile(r"(?i)nhiệm\s+kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")
_CLOSED_AFTER = re.compile(r"(?i)bế\s+mạc[^.;]{0,60}?sau\s+(\d+|hai|ba|bốn|năm)\s+ngày|sau\s+(\d+|hai|ba|bốn|năm)\s+ngày\s+(?:làm việc|họp)[^.;]{0,160}?bế\s+mạc")
# the people a meeting elects or appoints ("đồng chí A được bầu giữ chức Bí thư") are its object, not
# shown attending (the dev gold: those elected at a plenum are no attendees of it)
_ELECTED_AFTER = re.compile(r"(?:\s*,?\s*(?:khóa\s+[IVXLC]+|nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}))*\s*,?\s*(?:(?:đã|tiếp tục|lần lượt|đều)\s+)*(?:được\s+(?:\S+\s+){0,8}?(?:bầu|bổ nhiệm|chỉ định|tín nhiệm)|tái đắc cử|trúng cử|tái cử)(?!\w)")
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}


_OTHER_NAMES = re.compile(rf"(?:\s*(?:,|và)\s*(?:(?:đồng chí|đ/c|ông|bà)\s+)?[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{1,5}})*")


def _elected(text: str, end: int) -> bool:
    """The name ending at ``end`` (or the list it opens) is elected or appointed there."""
    return bool(_ELECTED_AFTER.match(text, _OTHER_NAMES.match(text, end).end()))


def _implied_date(iso: str, sentence: str, kind: str, explicit: bool) -> str:
    """FORMAT.md: a date's year may come from what the text implies (a congress of the 2020-2025
    term is held in 2020, the first session of a 2021-2026 council in 2021), and a meeting over
    several days takes its first day, counted back from its close (``bế mạc ngày 15/5 sau 3 ngày
    làm việc`` → 13 May)."""
    d = _date.fromisoformat(iso)
    term = _TERM_IN.search(sentence)
    if not explicit and term and (kind == "Đại hội" or kind == "kỳ họp" and re.search(r"(?i)thứ\s+(?:nhất|1)\b", sentence)):
        try:
            d = d.replace(year=int(term.group(1)))
        except ValueError:
            pass
    closed = _CLOSED_AFTER.search(sentence)
    if closed:
        n = closed.group(1) or closed.group(2)
        days = int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()]
        if 1 < days <= 10:
            d -= timedelta(days=days - 1)
    return d.isoformat()


_NEGATIONS: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def _negations() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that make a meeting word no meeting (``data/meeting_negations.txt``), and the same
    followed by ``các``."""
    global _NEGATIONS
    if _NEGATIONS is None:
        negs = tuple(meeting_negations())
        _NEGATIONS = (negs, tuple(n + " các" for n in negs))
    return _NEGATIONS


def _family(word: str) -> str:
    """The sort of event a meeting word of kind ``khác`` names: a ceremony, a visit with gifts or
    wishes, an incense offering, or the word itself."""
    if "lễ" in word or "kỷ niệm" in word or "mít tinh" in word:
        return "lễ"
    if word.startswith("thăm") or "chúc tết" in word or "tặng quà" in word:
        return "thăm"
    if word.startswith("dâng"):
        return "dâng"
    return word


def _other_family(a: str, b: str) -> bool:
    return bool(a and b) and _family(a) != _family(b)


def _same_sitting(a: "_Cand", b: "_Cand") -> bool:
    """A congress or council session of one unit runs over several days: mentions of it a few
    days apart (``từ ngày 15-17/10``, ``Sáng 16/10, Đại hội ... khai mạc``) are one meeting, which
    takes its first day (FORMAT.md)."""
    if a.kind not in ("Đại hội", "kỳ họp") or not a.locality or (b.locality and a.locality != b.locality):
        return False  # (a later mention naming no unit: "Trước đó, ngày 15/7, Đại hội đã tiến hành phiên trù bị")
    try:
        return abs((_date.fromisoformat(a.date) - _date.fromisoformat(b.date)).days) <= _SITTING_DAYS
    except (TypeError, ValueError):
        return False


@dataclass
class _Cand:
    kind: str
    pos: int
    sent: tuple[int, int]
    date: str | None
    locality: str | None
    loc_dist: int
    chair: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    directed: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)  # several units the meeting's object lists
    voters: bool = False  # a voters' meeting: chairing it directs nobody (FORMAT.md)
    word: str = ""  # the meeting word as written
    plural: bool = False  # "các hội nghị": one meeting for each unit listed
    ref: "_Cand | None" = None  # the earlier meeting a bare "tại hội nghị" refers back to
    central: bool = False  # held by a central body or for the whole country: no locality, no pairs
    joined: "_Cand | None" = None  # "A kiểm tra X và làm việc với Y": the meeting whose subject this one shares


def _trigger_re() -> re.Pattern[str]:
    words = sorted(meeting_words(), key=len, reverse=True)
    # the first letters the words can start with, looked at before the long alternation (faster)
    firsts = "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())}))
    return re.compile(rf"(?=[{re.escape(firsts)}]){_A}(" + "|".join(re.escape(w) for w in words) + rf"){_B}", re.I)


_TRIGGER = None


class MeetingFinder:
    def __init__(self, ctx: Context, officials: list[Official], people: list[PersonMention], anchors: list[tuple[int, int, str, str]]):
        global _TRIGGER
        if _TRIGGER is None:
            _TRIGGER = _trigger_re()
        self.ctx = ctx
        self.text = ctx.doc.text
        self.officials = {o.name: o for o in officials}
        self.people = [p for p in people if p.name in self.officials]
        self.title_spans = [(p.titles[0].start, p.titles[-1].end) for p in self.people if p.titles]
        self.people = sorted(self.people + self._pronouns(), key=lambda p: p.start)
        self._starts = [p.start for p in self.people]
        self._unit_starts: dict[int, str] | None = None  # start of a unit's mention → its label
        self.anchors = anchors  # (start, end, label, level) of units and bodies named in the text
        self._non_party: bool | None = None
        self._trigger_matches: list[re.Match[str]] | None = None
        self._visit_verbs: dict[tuple, tuple[int | None, int | None]] = {}
        self._head = len(self.text) - len(self.text.lstrip())  # where the headline starts
        self._levels: dict[str, str] | None = None  # a unit's label → its level

    def _pronouns(self) -> list[PersonMention]:
        """``Sau đó, đồng chí đã đến làm việc với Đảng ủy xã A. Đồng chí yêu cầu …``: a bare
        ``đồng chí`` opening a clause, before its verb, stands for the person the text is about,
        the first one named in the last sentence that names someone (a few paragraphs back at
        most)."""
        text, doc = self.text, self.ctx.doc
        out = []
        at = text.find("ồng chí", 1)  # (a literal search: a pattern opening with "Đ|đ" scans slowly)
        while at > 0:
            m = _PRONOUN.match(text, at - 1)
            at = text.find("ồng chí", at + 7)
            if m is None or not _PRONOUN_VERB.match(text, m.end()) \
                    or not _CLAUSE_OPENS.search(text[max(0, m.start() - 6):m.start()]):
                continue
            sent = doc.sentence_of(m.start())
            prior = [p for p in self.people if p.start < sent[0] and sent[0] - p.start < _PRONOUN_REACH]
            if not prior:
                continue
            last = doc.sentence_of(prior[-1].start)
            first = next(p for p in prior if p.start >= last[0])
            if text.count("\n", first.start, m.start()) > 3:
                continue
            out.append(PersonMention(first.name, m.start(), m.start() + len("đồng chí")))
        return out

    def _is_meeting(self, m: re.Match[str], named_before: bool = False) -> str | None:
        """The kind of meeting the word at ``m`` reports, or ``None`` (``named_before``: a meeting
        was found earlier in the text)."""
        text = self.text
        word = m.group(1)
        kind = meeting_words()[word.casefold()]
        before = text[max(0, m.start() - 25): m.start()].casefold()
        after = text[m.end(): m.end() + 30]
        # "chủ trì các hội nghị ... tại A và B": one held in each unit (conferences and sessions only)
        held = kind in ("Hội nghị", "kỳ họp", "làm việc") and re.search(r"(?:chủ trì|dự|tổ chức)\s+các\s*$", before)
        bullet = re.search(r"(?:^|\n)\s*[-–•]\s*$", before)  # "- Đại hội Chi bộ thôn A có mặt ...": a list item
        negs, negs_cac = _negations()
        tail = before.rstrip()
        if tail.endswith(negs) or tail.endswith(negs_cac):  # (one test in C before the loop)
            for neg in negs:
                if neg == "đại biểu dự" and kind != "Đại hội":
                    continue  # delegates elected to a congress, but "các đại biểu dự kỳ họp" attend a session held
                if neg == "kết luận" and not named_before and _CONCLUDING.search(before) \
                        and _BARE_AFTER.match(text, m.end()):
                    continue  # an excerpt opening on "Phát biểu kết luận buổi làm việc, đồng chí A …"
                if (tail.endswith(neg) or tail.endswith(neg + " các")) and not (held and neg == "các") \
                        and not (bullet and neg in ("-", "–")):
                    return None
        low = word.casefold()
        if _COUNTED_BEFORE.search(before):
            return None  # "đã tổ chức 125 hội nghị tuyên truyền": meetings counted, not one held
        if _COUNTED_AFTER.match(text, m.end()):
            return None  # "đi kiểm tra cơ sở 45 lượt": visits counted, not one
        if _PLANNED_AFTER.match(after) or _PLANNED_LATER.match(text, m.end(), m.end() + 80):
            return None  # "kỳ họp thứ 10, Quốc hội khóa XV dự kiến khai mạc ...": not held yet
        if kind == "Đại hội" and self.ctx.year and not re.match(r"\s*(?:đại biểu\s+)?[Cc]hi bộ", text[m.end():m.end() + 30]):
            # (a cell's congress may open its term in the autumn before)
            term = _TERM_IN.match(text, m.end(), m.end() + 100) or _TERM_AFTER.match(text, m.end(), m.end() + 120)
            if term and int(term.group(1)) > self.ctx.year:
                return None  # "Đại hội … nhiệm kỳ 2025-2030" in an article of 2024: one to come
        if re.match(r"\s*Theo kế hoạch\b", text[self.ctx.doc.sentence_of(m.start())[0]: m.start()]):
            return None  # "Theo kế hoạch, Đại hội Đảng bộ huyện tổ chức vào quý III": planned
        if low == "đại hội":
            # congresses in general ("Đại hội đảng bộ các cấp", "đại hội chi bộ trực thuộc"), not one
            if re.match(r"\s*(đảng bộ các cấp|các|đại biểu toàn quốc|toàn quốc|chi bộ nhiệm kỳ|chi bộ trực thuộc|Đảng các cấp|(?:đảng\s+)?cấp\s+(?:cơ sở|trên cơ sở|huyện|xã|tỉnh))", after, re.I):
                return None
            if kind == "Đại hội" and not _PARTY_CONGRESS_AFTER.match(after) and self._non_party_congress():
                return "khác"  # "trong khuôn khổ đại hội" of an article about a Youth Union congress
        if low == "giám sát" and not (_TEAM_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                      and _TEAM_VISITS.match(text, m.end())):
            return None  # "công tác giám sát", "thành lập đoàn giám sát": the activity; "Đoàn giám sát … làm việc với" visits
        if low in ("kiểm tra", "giám sát"):
            if _GENERIC_CHECK.search(before) or re.match(r"\s*(,|và)\s*(?:giám sát|kiểm soát)|,\s*kiểm tra", after):
                return None  # "kiểm tra, giám sát", "kiểm tra, kiểm soát khách": an activity, no meeting
            if re.match(r"\s*\d", after):
                return None  # "kiểm tra 45 tổ chức đảng": an activity counted, not one inspection
            if re.match(r"\s*(?:,|và)\s*làm việc\s+(?:với|tại)", after):
                return None  # "kiểm tra và làm việc với ...": one working session
            if word[0].isupper() and not re.match(r"\s*\w", after):
                return None
        if low == "gặp mặt" and re.match(r"\s*(?:,|và)\s*(?:trò chuyện|thăm hỏi|hỏi thăm)", after):
            return None  # "gặp mặt, trò chuyện với người dân": a chat on a visit, no event of its own
        if low == "lễ" and re.match(r"\s+hội(?!\s+nghị)", after, re.I):
            return None  # "lễ hội": a festival
        if low == "lễ" and not (word[0].isupper() and re.match(rf" [{UPPER}]", after)) and not re.search(r"(dự|tổ chức|buổi)\s+$", before) \
                and not _CEREMONY_AFTER.match(after):
            return None
        if low in ("họp mặt", "buổi họp mặt") and _REVIEW_AFTER.match(text, m.end()):
            return "Hội nghị"  # "họp mặt kỷ niệm …; tổng kết công tác năm": a review conference
        if low == "họp" and re.match(r"\s*(?:báo|mặt|\d+\s+(?:lần|phiên|cuộc))", after):
            return None  # "họp báo", "họp mặt", "đã họp 24 lần": no meeting of the article
        if low == "hội nghị" and re.match(r"(?i)\s*(?:lần\s+thứ\s+\S+\s+)?(?:Ban\s+Chấp\s+hành\s+)?trung\s+ương(?:\s+Đảng)?(?:\s*\d|\s+khóa|\s+lần)", after + text[m.end() + 30: m.end() + 70]):
            return None  # a central plenum ("Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII")
        if low == "khảo sát" and not re.search(r"(đến|tiến hành|đã|và|chuyến|buổi|cuộc|đi|thực địa)\s+$", before):
            return None
        if any(s <= m.start() < e for s, e in self.title_spans):
            return None
        return kind

    def _triggers(self) -> list[re.Match[str]]:
        """Every meeting word of the text, found once."""
        if self._trigger_matches is None:
            self._trigger_matches = list(_TRIGGER.finditer(self.text))
        return self._trigger_matches

    def _non_party_congress(self) -> bool:
        """The article reports a congress that is no Party congress (a mass organisation's, the
        Front's, the minorities') and no Party congress: a bare ``đại hội`` is that one."""
        if self._non_party is None:
            kinds = {meeting_words()[m.group(1).casefold()] for m in self._triggers()
                     if m.group(1).casefold().startswith("đại hội") and m.group(1).casefold() != "đại hội"}
            party = bool(re.search(r"(?i)đại hội(?: đại biểu)? (?:đảng bộ|chi bộ)|đại hội (?:đảng|xiv|xiii)", self.text))
            # the web address may be the only place that names the congress
            # ("/phien-thu-nhat-dai-hoi-dai-bieu-doan-tncs-ho-chi-minh-tinh-...")
            slug = (self.ctx.doc.url or "").lower()
            if _NON_PARTY_SLUG.search(slug):
                kinds.add("khác")
            party = party or bool(_PARTY_SLUG.search(slug))
            self._non_party = "khác" in kinds and not party
        return self._non_party

    def _locality_near(self, sent: tuple[int, int], pos: int) -> tuple[str | None, int]:
        best: tuple[int, str | None] = (10**9, None)
        for s, e, label, level in self.anchors:
            if not (sent[0] <= s < sent[1]):
                continue
            if any(ts <= s < te for ts, te in self.title_spans):
                continue
            if s >= pos:
                dist = s - pos
            else:
                dist = (pos - e) + 40
            rank = {"village": 0, "cell": 0, "commune": 1, "district": 2, "province": 3}.get(level, 3)
            dist += rank * 20
            if dist < best[0]:
                best = (dist, label)
        return best[1], best[0]

    def find(self) -> tuple[list[Meeting], list[Directed]]:
        text = self.text
        cands: list[_Cand] = []
        for m in self._triggers():
            kind = self._is_meeting(m, named_before=bool(cands))
            if kind is None:
                continue
            sent = self.ctx.doc.sentence_of(m.start())
            stext = text[sent[0]:sent[1]]
            if re.search(r"(sẽ|dự kiến|chuẩn bị|kế hoạch)\s+(tổ chức\s+)?[^,.;]{0,20}$", text[max(sent[0], m.start() - 60):m.start()], re.I) and kind != "kỳ họp":
                continue
            held_by = "tổ chức" in text[max(sent[0], m.start() - 40):m.start()]  # (both tests below need it)
            if held_by and _TO_HOLD.search(text, max(sent[0], m.start() - 120), m.start()):
                continue  # "đề nghị Đảng ủy xã lãnh đạo tổ chức thành công Đại hội …": one to hold
            dates = event_dates(stext, self.ctx.year, self.ctx.doc.published)
            first_in_sentence = not any(c.sent == sent for c in cands)
            date = dates[0][1] if dates and first_in_sentence else None
            joined = None
            if not first_in_sentence and kind == "làm việc" and _JOINED_VERB.search(text, max(sent[0], m.start() - 20), m.start()):
                joined = next(c for c in reversed(cands) if c.sent == sent)
                if joined.kind == kind or joined.ref is not None:
                    joined = None
                else:
                    date = joined.date
            if date is not None:
                date = _implied_date(date, stext, kind, explicit=bool(event_dates(stext, None)))
            loc, dist = self._locality_near(sent, m.start())
            word = m.group(1).casefold()
            voters = "cử tri" in word or word == "txct"
            if voters:
                venue = self._venue(sent, m.start())
                if venue:
                    loc, dist = venue, 0  # a voters' meeting is hosted where it is held ("tại phường X")
            cand = _Cand(kind, m.start(), sent, date, loc, dist, voters=voters, word=word,
                         plural=bool(re.search(r"(?<!\w)các\s+$", text[max(0, m.start() - 5):m.start()])))
            cand.joined = joined
            cand.central = bool(_NATIONAL.match(text, m.end())
                                or held_by and _CENTRAL_HOST.search(text, max(sent[0], m.start() - 90), m.start()))
            if kind == "làm việc" and _WITH_VISITORS.match(text, m.end()):
                # "Tiếp và làm việc với đoàn có ...": the hosts' side of the visit named before
                cand.ref = next((p for p in reversed(cands) if p.kind in ("làm việc", "kiểm tra")
                                 and p.ref is None and p.sent != sent), None)
            if not dates and cand.word in _ANAPHORIC_WORDS and _BARE_AFTER.match(text, m.end()):
                cand.ref = self._referent(cand, cands)
                if cand.ref is not None:
                    cand.kind, cand.voters = cand.ref.kind, cand.ref.voters
                elif not cands:
                    self._from_lead(cand)
            cands.append(cand)
        cands = self._team_visits(cands)
        for i, c in enumerate(cands):
            if c.date is None and _SAME_DAY_LEAD.match(text, c.sent[0]):
                # "Cùng ngày, ...", "Trong chương trình làm việc, ... dự lễ thượng cờ": the day of the visit
                c.date = next((p.date for p in reversed(cands[:i]) if p.date and p.sent != c.sent), None) \
                    or self._last_day_before(c.sent[0])
        # people: chairs and attendees, assigned to the meeting of their sentence (or the last one)
        asked: list[tuple[str, str, tuple[int, int]]] = []  # (person, unit, sentence) asked by name to act
        for pm in self.people:
            sent = self.ctx.doc.sentence_of(pm.start)
            same = [c for c in cands if c.sent == sent]
            before = [c for c in cands if c.pos < pm.start]
            target = self._nearest(same, pm) if same else self._topic(before, pm.start)
            named_here = self._asked_units(pm, sent)
            for named in named_here:
                if all((n, u) != (pm.name, named) for n, u, _s in asked):
                    asked.append((pm.name, named, sent))  # (also in a sentence that names no meeting)
            role = self._role_of(pm, sent, bool(same))
            if role is None:
                continue
            if target is None and _ATTEND_HEAD.match(text, sent[0]):
                # "Tham dự có các đồng chí: A; B." before the meeting is named: the article's meeting
                target = next((c for c in cands if c.pos > pm.start and c.ref is None), None)
            if target is None:
                # "Sáng 14/5, đồng chí A dẫn đầu đoàn công tác về thăm … Buổi chiều, đoàn đã làm việc
                # với Ban Thường vụ Huyện ủy B": the team's meeting, named a little later
                later = next((c for c in cands if c.pos > pm.start and c.ref is None), None)
                if later is not None and later.pos - pm.end < _TEAM_REACH and _TEAM_SUBJECT.match(text, later.sent[0]):
                    lst = later.chair if role == "chair" else later.attendees
                    if pm.name not in lst:
                        lst.append(pm.name)
                    if later.kind == "làm việc" and _LEADS.search(text, pm.end, sent[1]) and pm.name not in later.directed:
                        later.directed.append(pm.name)
                continue
            lst = target.chair if role == "chair" else target.attendees
            if pm.name not in lst:
                lst.append(pm.name)
            if role == "chair" and not self._mass_only(pm.name) or self._directs(pm, sent, target, named_here):
                if pm.name not in target.directed:
                    target.directed.append(pm.name)
        for c in cands:
            if c.joined is not None:
                # "Đồng chí A đã kiểm tra Trung tâm … và làm việc với Đảng ủy, UBND phường B": A's too
                subject = [n for n in c.joined.chair + c.joined.attendees
                           if any(p.name == n and c.sent[0] <= p.start < c.joined.pos for p in self.people)]
                for n in subject:
                    if n not in c.chair and n not in c.attendees:
                        (c.chair if n in c.joined.chair else c.attendees).append(n)
                    if n not in c.directed:
                        c.directed.append(n)
        self._title_references(cands)
        for i, c in enumerate(cands):
            if c.ref is not None or not (_TEAM_SUBJECT.match(text, c.sent[0]) and not (c.chair or c.attendees)
                                         or _WITH_TEAM.search(text, c.sent[0], c.pos)):
                continue
            # "Đoàn công tác đã đi thực địa khảo sát …": the visitors of the visit named before
            prev = next((p for p in reversed(cands[:i]) if p.kind in ("làm việc", "kiểm tra") and p.directed
                         and p.sent != c.sent), None)
            if prev is not None:
                # the visitors: those who led or came along, not the hosts (officials of the unit visited)
                team = [n for n in prev.chair + prev.attendees if not (prev.locality and self._own_body(n, prev.locality))]
                c.attendees += [n for n in team if n not in c.attendees and n not in c.chair]
        for c in cands:
            c.units = self._listed_units(c) if c.directed else []
        url_host = self._url_host()
        for c in cands:
            if c.kind in url_host and (c.locality is None or c.loc_dist > 60):
                c.locality, c.loc_dist = url_host[c.kind], 0
        meetings: list[_Cand] = []
        into: dict[int, _Cand] = {}  # id of a candidate → the meeting it was merged into
        for c in cands:
            if c.ref is not None and id(c.ref) in into:
                if into[id(c.ref)].locality and _SUBJECT_AFTER.match(text, c.pos + len(c.word)):
                    c.loc_dist = _FAR  # "Hội nghị cũng đã thông qua … các xã A, B": the units are its topic
                self._merge(into[id(c.ref)], c)
                into[id(c)] = into[id(c.ref)]
                continue
            merged = False
            for mm in meetings:
                if mm.kind != c.kind:
                    continue
                if mm.locality and c.locality and mm.locality != c.locality and \
                        _VILLAGE.match(mm.locality) and _VILLAGE.match(c.locality):
                    continue
                if mm.date and c.date and mm.date != c.date and not _same_sitting(mm, c):
                    continue
                if self._other_host(mm, c):
                    continue
                if c.kind == "khác" and _other_family(mm.word, c.word) and mm.sent != c.sent:
                    continue  # "lễ khởi công …" then "Cùng ngày, … thăm, tặng quà …": two events
                if (mm.units or c.units) and mm.units != c.units and not self._headline(mm):
                    continue
                if mm.date and c.date and _BEFOREHAND.match(text, c.sent[0]):
                    c.date = None  # "Trước đó, ngày 15/7, Đại hội đã tiến hành phiên trù bị": a day before it
                if mm.locality and _SAME_DAY_LEAD.match(text, c.sent[0]):
                    c.loc_dist = _FAR  # "Cùng ngày, đoàn kiểm tra công trình tại xã B": the visit stays where it was
                self._merge(mm, c)
                into[id(c)] = mm
                merged = True
                break
            if not merged:
                meetings.append(c)
                into[id(c)] = c
        meetings = [c for c in meetings if not self._other_headline(c, into)]
        for c in meetings:
            if c.date is None and self._in_headline(c):
                c.date = self._lead_date(cands)
        fallback = self.ctx.focus_label("commune") or self.ctx.focus_label("district") or self.ctx.focus_label("province")
        out, directed = [], []
        for c in meetings:
            c.attendees = [n for n in c.attendees if n not in c.chair]
            if c.voters:
                c.directed = []
            if c.units:
                # "làm việc với Đảng bộ các tỉnh A, B và C": one meeting and one pair per unit
                host = None if c.kind == "làm việc" or c.plural else self._host_before(c)
                if host is not None:
                    # "Thường trực Huyện ủy A giao ban với Đảng ủy các xã B, C": one conference, A's
                    out.append(Meeting(c.kind, c.date, c.chair, c.attendees, host, c.sent))
                    directed += [Directed(n, host, c.sent) for n in c.chair]  # its chairs direct it too
                for unit in c.units:
                    if c.kind == "làm việc" or c.plural or unit == c.units[0] and host is None:
                        out.append(Meeting(c.kind, c.date, c.chair, c.attendees, unit, c.sent))
                    for n in c.directed:
                        directed.append(Directed(n, unit, c.sent))
                continue
            loc = None if c.central else c.locality or fallback
            out.append(Meeting(c.kind, c.date, c.chair, c.attendees, loc, c.sent))
            if loc:
                for n in c.directed:
                    if n not in c.chair and self._own_body(n, loc):
                        continue  # the body's own head speaking to it does not direct it
                    directed.append(Directed(n, loc, c.sent))
        asked += self._asked_by_post()
        for name, unit, sent in asked:  # "đề nghị cấp ủy, chính quyền xã A tập trung ...": A is directed
            if not self._own_body(name, unit) and not any(d.official == name and d.locality == unit for d in directed):
                directed.append(Directed(name, unit, sent))
        # directing with no meeting word: "Tổ công tác do đồng chí A làm Tổ trưởng đã cho ý kiến chỉ
        # đạo, duyệt văn kiện Đại hội Đảng bộ các xã: X, Y, Z" directs each unit of the list
        for pm in self.people:
            sent = self.ctx.doc.sentence_of(pm.start)
            if any(c.sent == sent for c in cands):
                continue
            dm = _DIRECT.search(text, pm.end, min(sent[1], pm.end + _ROLE_WINDOW))
            if dm is None:
                continue
            for unit in self._listed_units(_Cand("khác", dm.start(), sent, None, None, 0)):
                if not self._own_body(pm.name, unit):
                    directed.append(Directed(pm.name, unit, sent))
        # the hosts of a working visit listed in a sentence of their own: "Làm việc với đoàn công tác
        # có lãnh đạo huyện A, cấp ủy, chính quyền 2 xã B, C": the visitors direct each unit
        for hm in _HOSTS.finditer(text):
            sent = self.ctx.doc.sentence_of(hm.end())
            visit = [c for c in meetings if c.kind in ("làm việc", "kiểm tra") and c.directed and c.pos < hm.start()]
            if not visit or any(c.sent == sent and into.get(id(c)) is not visit[-1] for c in cands):
                continue  # the sentence reports a meeting of its own
            for unit in self._listed_units(_Cand("khác", hm.end(), sent, None, None, 0)):
                for n in visit[-1].directed:
                    if not self._own_body(n, unit):
                        directed.append(Directed(n, unit, sent))
        return out, directed

    def _topic(self, before: list[_Cand], pos: int) -> _Cand | None:
        """The meeting a sentence naming none is about: the last one named in its paragraph, else
        the article's main one (the first with a day), not a sub-event named in another paragraph
        (``Tại Hội nghị lần thứ nhất, A được bầu …`` then, below, ``Phát biểu chỉ đạo, đồng chí B …``)."""
        if not before:
            return None
        para = self.text.rfind("\n", 0, pos)
        if before[-1].pos > para:
            return before[-1]
        return next((c for c in before if c.date), before[-1])

    def _team_visits(self, cands: list[_Cand]) -> list[_Cand]:
        """``Đoàn kiểm tra số 3 ... do đồng chí A làm trưởng đoàn đã làm việc với Ban Thường vụ
        Huyện ủy B``: an inspection team's working session is the inspection, held at B."""
        out: list[_Cand] = []
        absorbed: dict[int, _Cand] = {}  # id of a working session → the inspection it is part of
        for c in cands:
            team = next((t for t in out if t.sent == c.sent and t.kind == "kiểm tra" and c.kind == "làm việc"
                         and _TEAM_BEFORE.search(self.text, max(0, t.pos - 12), t.pos)), None)
            if team is not None:
                team.locality, team.loc_dist = c.locality, c.loc_dist
                absorbed[id(c)] = team
                continue
            out.append(c)
        for c in out:  # "Dự buổi làm việc có …" later refers to the inspection the session was part of
            if c.ref is not None and id(c.ref) in absorbed:
                c.ref = absorbed[id(c.ref)]
        return out

    def _asked_by_post(self) -> list[tuple[str, str, tuple[int, int]]]:
        """``Chủ tịch UBND tỉnh yêu cầu UBND huyện Cam Lộ khẩn trương ...``: a one-holder post the
        article gave a named person, standing for them, asking a unit to act."""
        phrases: dict[str, str] = {}
        for name, off in self.officials.items():
            for p in off.positions:
                if not one_holder(p.role) or not p.locality or p.body not in _POST_BODIES:
                    continue
                level_word = p.locality.split(" ")[0]
                phrase = f"{p.role} {p.body} {level_word}" if p.body in ("UBND", "HĐND") else f"{p.role} {p.body}"
                phrases[phrase] = name if phrases.get(phrase, name) == name else ""  # one holder only
        out = []
        for phrase, name in phrases.items():
            if not name:
                continue
            for m in re.finditer(re.escape(phrase) + r"(?=\s+(?:đã\s+|cũng\s+)?(?:đề nghị|yêu cầu|chỉ đạo)\s)", self.text):
                sent = self.ctx.doc.sentence_of(m.start())
                for unit in self._asked_units(PersonMention(name, m.start(), m.end()), sent):
                    out.append((name, unit, sent))
        return out

    def _asked_units(self, pm: PersonMention, sent: tuple[int, int]) -> list[str]:
        """The units a person asks by name to act in their own clause: "đồng chí A đề nghị cấp ủy,
        chính quyền xã Hải Phú tập trung ...", "yêu cầu UBND huyện Cam Lộ khẩn trương ...", and those
        the later items of the same request name ("yêu cầu các sở, ngành …; UBND các huyện A, B
        đẩy nhanh …")."""
        text = self.text
        end = min(sent[1], pm.end + _ROLE_WINDOW)  # (a run-on page: read near the person)
        hi = text.find(";", pm.end, end)
        hi = end if hi < 0 else hi
        out: list[str] = []
        dm = _ASK.search(text, pm.end, hi)
        if dm is None and hi < end:
            after = _ASK_AFTER.match(text, hi)
            if after is not None and not _ASK_VERB.search(text, pm.end, hi):
                dm = _ASK.match(text, after.end())
        if dm:
            unit = self._unit_at(dm.end())
            if unit:
                out.append(unit)
            else:
                bare = _BARE_UNIT.match(text, dm.end())
                if bare:
                    # "yêu cầu cấp ủy, chính quyền xã quan tâm …": the unit of that level the text is about
                    out.append(self.ctx.focus_label(LEVEL_OF_WORD[bare.group(1)], at=dm.end()))
        verb = dm or _ASK_VERB.search(text, pm.end, hi)
        if not out and verb is not None:
            # "đề nghị xã A khẩn trương …", "chỉ đạo huyện B và xã C …", "giao nhiệm vụ cho UBND xã D": the
            # units named right after the verb, asked by someone who outranks them
            after = pm.titles[-1].end if pm.titles and pm.titles[-1].start >= pm.start else pm.end  # (not in a title)
            vm = _ASK_UNITS_VERB.search(text, max(after, verb.start()), hi) if after < hi else None
            if vm is not None:
                out += [u for u in self._bodies_listed(vm.end(), hi) if self._outranks(pm.name, u)]
        if verb is not None and hi < end:
            # the request goes on after ";": items that open with a unit's bodies, up to another person
            k = bisect_left(self._starts, hi + 1)
            stop = self._starts[k] if k < len(self._starts) and self._starts[k] < end else end
            for im in _ASKED_ITEM.finditer(text, hi, stop):
                listed = [m.label for m in self.ctx.listed_after(im.end(), end=stop, foreign=False)
                          if m.level in ("commune", "district", "province")]
                for label in listed if len(listed) > 1 else self._bodies_listed(im.end(), stop):
                    if label not in out:
                        out.append(label)
        return [u for u in out if u]

    def _unit_at(self, pos: int) -> str | None:
        if self._unit_starts is None:
            self._unit_starts = {}
            for s, _e, label, level in self.anchors:
                if level in ("commune", "district", "province"):
                    self._unit_starts.setdefault(s, label)
        return self._unit_starts.get(pos)

    def _last_day_before(self, pos: int) -> str | None:
        """The day the text last dated before ``pos`` (a sentence that names no meeting: ``Sáng 14/5,
        đồng chí A dẫn đầu đoàn … về thăm …``), within a few sentences."""
        before = [s for s in self.ctx.doc.sentences if s[1] <= pos][-4:]
        for sent in reversed(before):
            dates = event_dates(self.text[sent[0]:sent[1]], self.ctx.year, self.ctx.doc.published)
            if dates:
                return dates[-1][1]
        return None

    def _lead_date(self, cands: list[_Cand]) -> str | None:
        """The day of the event a headline names when the body names it otherwise (``Đoàn giám sát
        … làm việc tại huyện A`` over ``Ngày 9/5, Đoàn giám sát … đã giám sát … tại huyện A``): the
        lead's date, if the lead reports no meeting of its own."""
        for sent in self.ctx.doc.sentences[1:5]:
            if sent[1] - sent[0] < 50:
                continue  # a date line ("(Cập nhật: 10/05/2023)"), not the lead
            dates = event_dates(self.text[sent[0]:sent[1]], self.ctx.year, self.ctx.doc.published)
            if dates:
                return None if any(c.sent == sent for c in cands) else dates[0][1]
        return None

    def _from_lead(self, c: _Cand) -> None:
        """A bare ``tại hội nghị`` with no meeting named before it is the event the lead reports
        (``Sáng 17/7, Tổ công tác của Ban Thường vụ Tỉnh ủy đã cho ý kiến ...``): it takes the
        lead's date and the unit the lead names first."""
        for sent in self.ctx.doc.sentences[:4]:
            if sent[0] >= c.sent[0]:
                return
            dates = event_dates(self.text[sent[0]:sent[1]], self.ctx.year, self.ctx.doc.published)
            if dates:
                c.date = dates[0][1]
                venue = self._venue(sent)  # "... tại huyện Hoài Nhơn": where the lead's event was held
                loc, dist = (venue, 0) if venue else self._locality_near(sent, sent[0])
                if loc:
                    c.locality, c.loc_dist = loc, dist
                return

    @staticmethod
    def _referent(c: _Cand, earlier: list[_Cand]) -> _Cand | None:
        """The meeting a bare meeting noun refers back to: for a congress, a session, a ceremony
        the latest one of an earlier sentence named with the same word, for a general noun
        (``hội nghị``, ``buổi làm việc``) the latest one of its kind, else of any kind."""
        def family(word: str) -> str | None:
            return next((f for f in ("đại hội", "kỳ họp", "lễ", "sinh hoạt") if f in word), None)
        prior = [p for p in earlier if p.ref is None and p.sent != c.sent]
        named = [p for p in prior if p.word != c.word and p.word.startswith(c.word)]
        if named:
            return named[-1]  # "cuộc họp" after "cuộc họp với lãnh đạo các sở"
        fam = family(c.word)
        if fam:
            same = [p for p in prior if family(p.word) == fam]
            return same[-1] if same else None
        alike = [p for p in prior if p.kind == c.kind]
        return alike[-1] if alike else (prior[-1] if prior else None)

    @staticmethod
    def _other_host(a: _Cand, b: _Cand) -> bool:
        """Sessions, congresses or conferences of two units of one level, each named next to its
        own meeting word (``tại kỳ họp thứ 14 HĐND tỉnh A`` … ``tại kỳ họp thứ 12, HĐND tỉnh B``):
        two meetings, also on one day."""
        if a.kind not in ("kỳ họp", "Đại hội", "Hội nghị") or not a.locality or not b.locality or a.locality == b.locality:
            return False
        if a.loc_dist > _OWN_HOST or b.loc_dist > _OWN_HOST or a.sent == b.sent:
            return False
        return a.locality.split(" ")[0] == b.locality.split(" ")[0]

    def _headline(self, c: _Cand) -> bool:
        """The meeting the headline names, with no day and nobody in it: the event the body
        reports (``Lãnh đạo tỉnh kiểm tra … tại huyện A`` over ``Chiều 11/3, đoàn … kiểm tra tại
        xã B và xã C, huyện A``), whatever units the body lists."""
        return c.date is None and not c.chair and not c.attendees and not c.units and self._in_headline(c)

    def _other_headline(self, c: _Cand, into: dict[int, _Cand]) -> bool:
        """A meeting named only in a short line with no full stop above the text, with no day and
        nobody in it, and another such line below it before the text starts: another article's
        headline in a box of links (``Khai mạc Kỳ họp thứ 18 HĐND tỉnh`` over this article's own
        headline ``Bí thư Tỉnh ủy làm việc với …``, which is the last before the text)."""
        if c.date or c.chair or c.attendees or c.units:
            return False
        if sum(1 for m in into.values() if m is c) > 1:
            return False  # the text names it again
        text = self.text
        if not _headline_like(text[c.sent[0]:c.sent[1]]) or re.search(r"[.…]\s*\n", text[self._head:c.sent[0]]):
            return False  # a sentence of the text, or below its first paragraph
        pos = text.find("\n", c.sent[1])
        while pos >= 0:
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1: nxt if nxt >= 0 else len(text)].strip()
            if line and not _DATE_ONLY.fullmatch(line):
                return _headline_like(line)  # the next line is a headline too: this one is another's
            pos = nxt
        return False

    def _in_headline(self, c: _Cand) -> bool:
        """The meeting word is in the text's first line (its headline; page furniture above it is blank)."""
        head = self._head
        return c.sent[0] == head and "\n" not in self.text[head: c.pos]

    @staticmethod
    def _merge(mm: _Cand, c: _Cand) -> None:
        if c.units and not mm.units:
            mm.units = c.units
        mm.date = min(d for d in (mm.date, c.date) if d) if (mm.date or c.date) else None
        if c.locality and (mm.locality is None or c.loc_dist < mm.loc_dist):
            mm.locality, mm.loc_dist = c.locality, c.loc_dist
        for n in c.chair:
            if n not in mm.chair:
                mm.chair.append(n)
        for n in c.attendees:
            if n not in mm.attendees and n not in mm.chair:
                mm.attendees.append(n)
        for n in c.directed:
            if n not in mm.directed:
                mm.directed.append(n)
        mm.voters = mm.voters or c.voters
        mm.central = mm.central or c.central

    def _nearest(self, same: list[_Cand], pm: PersonMention) -> _Cand:
        """Of several meetings in a sentence, the one the person's verb governs: the meeting word
        right after ``dự``/``chủ trì``/``điều hành`` in the person's clause, else the first."""
        if len(same) == 1:
            return same[0]
        text = self.text
        lo = max(same[0].sent[0], text.rfind(";", same[0].sent[0], pm.start) + 1)
        hi = text.find(";", pm.end, same[0].sent[1])
        hi = same[0].sent[1] if hi < 0 else hi
        for vm in re.finditer(r"(?<!\w)(?:dự|tham dự|chủ trì|đồng chủ trì|chủ tọa|điều hành|phát biểu tại|chỉ đạo)\s+(?:và\s+\w+\s+(?:\w+\s+)?)?", text[lo:hi]):
            at = lo + vm.end()
            for c in same:
                if c.pos == at:
                    return c
        return same[0]

    def _outranks(self, name: str, unit: str) -> bool:
        """The person holds a post above ``unit``'s level (or one the article does not place)."""
        if self._levels is None:
            self._levels = {label: level for _s, _e, label, level in self.anchors}
        want = _RANK.get(self._levels.get(unit, ""), -1)
        off = self.officials.get(name)
        ranks = [_RANK.get(self._levels.get(p.locality or "", ""), 3 if p.locality is None else -1)
                 for p in (off.positions if off else [])]
        return not ranks or max(ranks) > want or max(ranks) < 0

    def _mass_only(self, name: str) -> bool:
        """Every post the person holds is in the Front or a mass organisation: chairing its
        conference directs no unit (FORMAT.md: the meeting of a locality's Party or government body)."""
        off = self.officials.get(name)
        return bool(off and off.positions) and all(p.body and _MASS_BODY.match(p.body) for p in off.positions)

    def _own_body(self, name: str, locality: str) -> bool:
        off = self.officials.get(name)
        return bool(off and any(p.locality == locality for p in off.positions))

    def _url_host(self) -> dict[str, str]:
        """Meeting kind → host unit named by the article's web address after the meeting words
        (``/dai-hoi-dang-bo-xa-hung-thinh-...``, ``/ky-hop-thu-nhat-hdnd-huyen-...``), when the
        text names that unit too."""
        url = self.ctx.doc.url or ""
        from urllib.parse import unquote, urlparse

        from .normalize import slug_key
        try:
            path = unquote(urlparse(url if "//" in url else "http://" + url).path).lower()
        except ValueError:
            return {}
        tokens = [slug_key(t) for t in re.split(r"[^0-9a-zA-Z\u00c0-\u1ef9]+", path) if t]
        joined = " ".join(tokens)
        out: dict[str, str] = {}
        for kind, words in (("Đại hội", "dai hoi"), ("Hội nghị", "hoi nghi"), ("kỳ họp", "ky hop"), ("làm việc", "lam viec")):
            i = joined.find(words)
            if i < 0:
                continue
            rest = joined[i + len(words):].split()[:8]
            for j, tok in enumerate(rest):
                level = {"xa": "commune", "phuong": "commune", "huyen": "district", "quan": "district", "tinh": "province"}.get(tok)
                if not level:
                    continue
                name = "".join(rest[j + 1:j + 5])
                for men in self.ctx.mentions:
                    key = slug_key(men.name)
                    if men.level == level and key and name.startswith(key):
                        out[kind] = men.label
                        break
                break
        return out

    def _venue(self, sent: tuple[int, int], after: int = 0) -> str | None:
        """The unit written right after ``tại`` in the sentence (``tại phường Nghi Thủy``), the
        first one after ``after`` (the meeting word) if any: in ``Tổ đại biểu ứng cử tại huyện A
        đã tiếp xúc cử tri tại xã B`` the meeting is held in B."""
        found = []
        for vm in re.finditer(r"(?<!\w)tại\s+", self.text[sent[0]:sent[1]]):
            at = sent[0] + vm.end()
            for s, e, label, level in self.anchors:
                if s == at and level in ("commune", "district", "province", "village"):
                    found.append((at, label))
        return next((label for at, label in found if at >= after), found[0][1] if found else None)

    def _listed_units(self, c: _Cand) -> list[str]:
        """Units listed after a plural in the meeting's sentence, after the meeting word."""
        for pm in _PLURAL_UNITS.finditer(self.text, c.pos, min(c.sent[1], c.pos + _UNITS_REACH)):
            if pm.end() == pm.start() or not _UNITS_LINK.search(self.text, max(c.pos, pm.start() - 30), pm.start()):
                continue
            # "2 xã Dần Thàng, Nậm Chày": the first unit's mention starts at its level word
            start = pm.start("lw") if pm.group("lw") else pm.end()
            out = list(dict.fromkeys(m.label for m in self.ctx.listed_after(start, end=c.sent[1], foreign=False)))
            if len(out) < 2 and start != pm.end():
                out = list(dict.fromkeys(m.label for m in self.ctx.listed_after(pm.end(), end=c.sent[1], foreign=False)))
            if len(out) >= 2:
                return out
        # "chủ trì các hội nghị ... tại huyện Chương Mỹ và huyện Thanh Oai": units of one level
        # listed after "tại"/"với" the meeting word
        for pm in _AT_UNITS.finditer(self.text, c.pos, c.sent[1]):
            out = list(dict.fromkeys(m.label for m in self.ctx.listed_after(pm.end(), end=c.sent[1], foreign=False)))
            if len(out) >= 2:
                return out
        # "làm việc với Ban Thường vụ Thành ủy A và Ban Thường vụ Huyện ủy B": the bodies of several
        # units joined by "và" or commas, each written with its committee
        wm = re.search(r"(?<!\w)với\s", self.text[c.pos:c.sent[1]])
        if wm:
            out = self._bodies_listed(c.pos + wm.end(), c.sent[1])
            if len(out) >= 2:
                return out
        return []

    def _host_before(self, c: _Cand) -> str | None:
        """The unit whose body is named before the meeting word in its clause, holding it
        (``Thường trực Huyện ủy A giao ban với …``), not one in a person's titles."""
        lo = max(c.sent[0], self.text.rfind(";", c.sent[0], c.pos) + 1, self.text.rfind(",", c.sent[0], c.pos) + 1)
        best = None
        for s0, e0, label, level in self.anchors:
            if lo <= s0 and e0 <= c.pos and level in _RANK and not any(ts <= s0 < te for ts, te in self.title_spans):
                if best is None or s0 > best[0]:
                    best = (s0, label)
        return best[1] if best else None

    def _bodies_listed(self, start: int, end: int) -> list[str]:
        """The units of a list of bodies from ``start`` on, each written with its committee or
        organ (``Ban Thường vụ Thành ủy A và Ban Thường vụ Huyện ủy B``, ``Huyện ủy A, Thị ủy B``)."""
        units = sorted((a for a in self.anchors if start <= a[0] < end and a[3] in ("commune", "district", "province")),
                       key=lambda a: a[0])
        out, at, last = [], start, None
        for s0, e0, label, level in units:
            if s0 < at:
                continue  # the same unit found twice ("các xã A": at the level word and at the name)
            if not _BODIES_BETWEEN.fullmatch(self.text, at, s0):
                break
            if last is not None and _RANK[level] > _RANK[last] and self.text[at:s0].strip() == ",":
                at = e0  # "Đảng ủy xã A, huyện B": the address of the unit before, not another unit
                continue
            out.append(label)
            at, last = e0, level
        return list(dict.fromkeys(out))

    def _role_of(self, pm: PersonMention, sent: tuple[int, int], meeting_here: bool) -> str | None:
        text = self.text
        end = pm.titles[-1].end if pm.titles and pm.titles[-1].start >= pm.start else pm.end
        # a sentence of thousands of characters (a page's run-on list) is read a few lists' length
        # around the person, not whole for every name in it
        lo, hi = max(sent[0], pm.start - _ROLE_WINDOW), min(sent[1], end + _ROLE_WINDOW)
        semi = text.find(";", end, hi)
        right = text[end: hi]
        cm = _CHAIR.search(right)
        am = _ATTEND.search(right)
        if cm and (not am or cm.start() < am.start()) and (semi < 0 or end + cm.start() < semi or not am):
            return "chair"
        if am and (semi < 0 or end + am.start() < semi):
            return "attendee"
        if am and not cm and _PLURAL_LIST_HEAD.search(text, lo, pm.start):
            return "attendee"  # "Các đồng chí Ủy viên Ban Thường vụ: A, …; B, … cùng dự": the verb is everyone's
        left = text[lo: pm.start]
        semi_left = left.rfind(";")
        if semi_left >= 0 and re.match(rf"\s*(?!cùng\s|và\s)[{LOWER}]", right) and not cm and not am:
            # "A chủ trì buổi làm việc; đồng chí B, Bí thư Đảng ủy xã báo cáo": a clause of its own,
            # with its own verb (not an item of a list "Chủ trì có các đồng chí: A; B")
            left = left[semi_left + 1:]
        if not cm and (_HANDS_OVER.match(right.lstrip(" ,-–")) or _HANDS_OVER.search(left)):
            return "attendee"  # "A trao Quyết định ... cho đồng chí B", "tặng hoa chúc mừng đồng chí B"
        if _RECEIVED_BY.match(text, sent[0], pm.start):
            return "attendee"  # "Tiếp Phó Thủ tướng tại Tỉnh ủy có đồng chí A, Bí thư Tỉnh ủy; B, ..."
        if _NEW_DUTY.search(text, max(sent[0], pm.start - 30), pm.start) and _NEW_DUTY_AFTER.match(text, end):
            return "attendee"  # "Chúc mừng đồng chí A nhận nhiệm vụ mới": given the decision at the ceremony
        lc = list(_CHAIR.finditer(left))
        la = list(_ATTEND.finditer(left))
        if la and lc and la[-1].group(1).startswith("có") and not [a for a in la if lc[-1].start() < a.start() < la[-1].start()] \
                and lc[-1].start() < la[-1].start():
            return "chair"  # "Chủ trì hội nghị có các đồng chí: A; B": the list is of chairs
        if lc and (not la or lc[-1].start() > la[-1].start()) and not self._others_verb(lo + lc[-1].start(), pm):
            return "chair"
        if la:
            return "attendee"
        if cm:
            return "chair"
        if _SPEAKS.match(text, end):
            return "attendee"  # "Đồng chí A, Chủ tịch UBND huyện báo cáo …": speaking at the meeting
        heading = self._list_heading(pm.start)
        if heading is not None:
            # "Dự hội nghị có:" over "- Đồng chí A, …;" lines: the heading's verb is each item's
            if _CHAIR.search(heading):
                return "chair"
            if _ATTEND.search(heading):
                return "attendee"
        elected = _elected(text, pm.end) or any(_elected(text, t.end) for t in pm.titles if t.start >= pm.start)
        if meeting_here and not elected and not _OBJECT_OF.search(text[max(0, pm.start - 40): pm.start]) \
                and not _OBJECT_LIST.search(text, lo, pm.start):
            return "attendee"
        return None

    def _others_verb(self, pos: int, pm: PersonMention) -> bool:
        """The verb at ``pos`` is the predicate of another person named just before it, in its own
        item (``đ/c A – Bí thư Huyện ủy chủ trì hội nghị, đ/c B – Phó Bí thư …``: A chairs, not B)."""
        lo = bisect_left(self._starts, pos - 400)
        hi = bisect_left(self._starts, pos)
        for p in self.people[lo:hi]:
            if p is pm:
                continue
            end = p.titles[-1].end if p.titles and p.titles[-1].start >= p.start else p.end
            if 0 <= pos - end <= 40 and not re.search(r"[,;:.\n]", self.text[end:pos]):
                return True
        return False

    def _list_heading(self, pos: int) -> str | None:
        """The heading line ending in a colon over the list item (``- …``, ``+ …``) ``pos`` is in."""
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        if not _ITEM_LINE.match(text, line):
            return None
        for _ in range(30):  # the items above, up to the heading
            if line <= 0:
                return None
            prev = text.rfind("\n", 0, line - 1) + 1
            head = text[prev:line - 1].strip()
            line = prev
            if not head or _ITEM_LINE.match(head):
                continue
            return head if head.endswith(":") else None
        return None

    def _directs(self, pm: PersonMention, sent: tuple[int, int], meeting: _Cand, named: list[str] = ()) -> bool:
        """The person directs the meeting's unit: a directing verb in their clause (unless the
        request names other units: ``yêu cầu UBND huyện B …`` at an inspection in xã A directs B,
        not A), or the visitors' side of a working visit."""
        text = self.text
        lo = max(sent[0], text.rfind(";", sent[0], pm.start) + 1)
        hi = text.find(";", pm.end, sent[1])
        hi = sent[1] if hi < 0 else hi
        near = max(sent[0], pm.start - _ROLE_WINDOW)  # (a run-on sentence is read around the person)
        elsewhere = bool(named) and meeting.locality not in named
        if not elsewhere and _DIRECT.search(text, max(lo, near), min(hi, pm.end + _ROLE_WINDOW)):
            return True
        if not elsewhere and _DIRECTING_LIST.search(text, near, pm.start):
            return True
        key = (sent, meeting.kind)
        if key not in self._visit_verbs:  # once per sentence: where the visit's verb is, who comes first
            # an inspection directs only where the team works with the unit's bodies (FORMAT.md lists
            # "làm việc với its body", not inspecting a site)
            verb = (_INSPECT_BODY if meeting.kind == "kiểm tra" else _VISIT_VERB).search(text, sent[0], sent[1])
            first = min((p.start for p in self.people if sent[0] <= p.start < sent[1]), default=None)
            self._visit_verbs[key] = (verb.start() if verb else None, first)
        verb, first = self._visit_verbs[key]
        if meeting.kind in ("làm việc", "kiểm tra") and verb is not None:
            # the visitors named before "làm việc với/tại" direct; those who came along or
            # received them do not
            if pm.start < verb:
                return not _VISITORS_AFTER.search(text, near, pm.start)
            return first == pm.start and not _VISITORS_AFTER.search(text, near, pm.start)
        return False

    def _title_references(self, cands: list[_Cand]) -> None:
        """``đồng chí Bí thư Huyện ủy phát biểu chỉ đạo``: a post standing for its holder."""
        text = self.text
        for m in re.finditer(r"(?:đồng chí|Đồng chí|đ/c|Đ/c)\s+", text):
            p = m.end()
            for name, off in self.officials.items():
                for pos in off.positions:
                    phrase = _post_phrase(text, p, pos.role, pos.body)
                    if phrase and not re.match(r"\s*(?:[,–-]|\w+ \w+,)", text[p + len(phrase):p + len(phrase) + 2]):
                        sent = self.ctx.doc.sentence_of(p)
                        same = [c for c in cands if c.sent == sent]
                        before = [c for c in cands if c.pos < p]
                        target = same[0] if same else (before[-1] if before else None)
                        if target is None:
                            continue
                        fake = PersonMention(name, m.start(), p + len(phrase))
                        role = self._role_of(fake, sent, bool(same))
                        if role and name not in target.chair and name not in target.attendees:
                            (target.chair if role == "chair" else target.attendees).append(name)
                        if (role == "chair" or self._directs(fake, sent, target)) and name not in target.directed:
                            target.directed.append(name)


def _post_phrase(text: str, at: int, role: str, body: str | None) -> str | None:
    """The post written at ``at`` as its role and body (``Trưởng ban Tổ chức Tỉnh ủy`` for the role
    ``Trưởng ban`` of ``Ban Tổ chức Tỉnh ủy``: a word the two share written once), or ``None``."""
    if not body or body in ("UBND", "HĐND", "MTTQ"):
        return None  # (a bare council or committee needs its unit to stand for one person)
    last, first = role.rsplit(" ", 1)[-1], body.split(" ", 1)
    phrases = [f"{role} {body}"]
    if len(first) == 2 and last.casefold() == first[0].casefold():
        phrases.append(f"{role} {first[1]}")
    for phrase in phrases:
        if text[at:at + len(phrase)].casefold() == phrase.casefold():
            return phrase
    return None


def find_meetings(ctx: Context, officials: list[Official], people: list[PersonMention],
                  anchors: list[tuple[int, int, str, str]]) -> tuple[list[Meeting], list[Directed]]:
    return MeetingFinder(ctx, officials, people, anchors).find()
