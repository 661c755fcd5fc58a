package config

import "github.com/backroll/backroll/coach/files"

// ReadFile reads the settings file at path through the door for files
// from outside: a regular file, not a link, not waited on, and 64 KiB at
// most (files.Config). A missing file is fs.ErrNotExist, as from os.
func ReadFile(path string) ([]byte, error) { return files.Read(path, files.Config) }
