"""Copies into a project: every byte, the right hash, whichever way the copy is written."""

from __future__ import annotations

import errno
import hashlib
import os
import threading

import pytest

from icc_studio.core import fileio
from icc_studio.core.fileio import TEMP_SUFFIX, copy_hashed

SIZES = [0, 1, 4095, 4096, 4097, 1 << 20, (1 << 20) + 5, 3 * (1 << 20) + 123]


@pytest.mark.parametrize("cached", [True, False])
@pytest.mark.parametrize("size", SIZES)
def test_a_copy_holds_every_byte_and_its_hash(tmp_path, size, cached):
    data = os.urandom(size)
    source = tmp_path / "photo.jpg"
    source.write_bytes(data)
    temp, digest, copied = copy_hashed(source, tmp_path / "incoming", cached=cached, durable=False)
    assert temp.read_bytes() == data
    assert digest == hashlib.sha256(data).hexdigest() and copied == size
    assert TEMP_SUFFIX in temp.name


@pytest.mark.skipif(not hasattr(os, "O_DIRECT"), reason="writes past the cache are a Linux feature")
def test_a_file_system_without_writes_past_the_cache_gets_an_ordinary_copy(tmp_path, monkeypatch):
    data = os.urandom(2 * (1 << 20) + 77)
    source = tmp_path / "photo.jpg"
    source.write_bytes(data)
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if flags & os.O_DIRECT:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(fileio.os, "open", refusing)
    temp, digest, _ = copy_hashed(source, tmp_path / "incoming", cached=False)
    assert temp.read_bytes() == data and digest == hashlib.sha256(data).hexdigest()


@pytest.mark.skipif(not hasattr(os, "O_DIRECT"), reason="writes past the cache are a Linux feature")
def test_a_write_past_the_cache_refused_midway_goes_on_through_the_cache(tmp_path, monkeypatch):
    """A file system may accept the flag and refuse the write itself (EINVAL): the rest of the file is then
    written as usual, from where the refused write started."""
    data = os.urandom(3 * (1 << 20) + 10)
    source = tmp_path / "photo.jpg"
    source.write_bytes(data)
    real_open_copy = fileio._open_copy
    refused = []

    class Refusing:
        def __init__(self, file):
            self.file, self.writes = file, 0

        def write(self, chunk):
            self.writes += 1
            if self.writes == 2 and fileio._is_direct(self.file):  # the second megabyte
                refused.append(len(chunk))
                raise OSError(errno.EINVAL, "Invalid argument")
            return self.file.write(chunk)

        def __getattr__(self, name):
            return getattr(self.file, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

    monkeypatch.setattr(fileio, "_open_copy", lambda path, direct: Refusing(real_open_copy(path, direct)))
    temp, digest, _ = copy_hashed(source, tmp_path / "incoming", cached=False)
    assert refused, "the refusal was met"
    assert temp.read_bytes() == data and digest == hashlib.sha256(data).hexdigest()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_a_source_that_gives_a_little_at_a_time_is_copied_whole(tmp_path):
    """A pipe or a network disk returns short reads: the copy's blocks must still line up."""
    data = os.urandom((1 << 20) + 3000)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def feed():
        with open(pipe, "wb", buffering=0) as out:
            for start in range(0, len(data), 1000):
                out.write(data[start:start + 1000])

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        temp, digest, size = copy_hashed(pipe, tmp_path / "incoming", cached=False, durable=False)
    finally:
        writer.join()
    assert temp.read_bytes() == data and size == len(data)
    assert digest == hashlib.sha256(data).hexdigest()
