"""msgkit: campaign messages in, partner-ready assets out."""

__version__ = "0.1.0"
