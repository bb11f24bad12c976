"""Zip a folder's contents (files at the archive root) into a deterministic archive for Lambda."""
import os
import sys
import zipfile

FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def main(source: str, target: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for root, dirs, files in os.walk(source):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                entry = zipfile.ZipInfo(os.path.relpath(path, source).replace(os.sep, "/"), FIXED_TIME)
                entry.external_attr = 0o644 << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as handle:
                    archive.writestr(entry, handle.read())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: zipdir.py SOURCE_DIR TARGET_ZIP")
    main(sys.argv[1], sys.argv[2])
