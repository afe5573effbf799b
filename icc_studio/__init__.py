"""ICC Studio: campaign material for the Intercultural Cities network, made offline."""

__version__ = "0.1.0"
