"""The whole domain of ICC Studio, headless. Nothing in this package imports Qt."""
