"""Stage 1, open: an export as the platform delivered it (zip, tar, folder, file) becomes
members that parsers stream, with the readers (JS arrays, JSON, CSV) and date helpers
every platform shares. Nothing here knows a platform."""
