__title__ = "openwire"
__version__ = "0.1.0"
