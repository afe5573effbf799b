"""Clips and videos: probing, proxies, trims, normalisation and the per-city video."""
