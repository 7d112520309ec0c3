"""Stage 4, exposure: signals become a graph, a score, a plan and posture checks."""
