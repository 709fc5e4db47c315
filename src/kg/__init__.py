"""kg: a knowledge-graph builder for Vietnamese local Party and government news."""
__version__ = "0.1.0"
