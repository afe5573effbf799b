"""Imported only by the worker forkserver when it starts (see ``workers.py``): loads the face
detector (the network and the cascades) once, so that every worker forked from the server
starts with them instead of loading them again (about 0.2 s a worker, at every import job).

Only loading happens here, never a search: OpenCV starts its thread pool on the first search,
and a server with threads must not fork.
"""

try:
    from .faces import warm_up

    warm_up()
except Exception:  # noqa: BLE001 - a worker then loads them itself, and reports any problem there
    pass
