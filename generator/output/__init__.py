"""Output: writing the site beside the old one and swapping it in, never damaging anything else."""
