package files

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteWhole writes the file at path with what write writes, whole or not
// at all: into a new file beside it, synced and renamed over it. A full
// disk, an error or a crash part way leaves no half-written file, and what
// was at path before stays as it was. The new file has mode perm. The
// error is the cause alone, for the caller to name the file.
func WriteWhole(path string, perm fs.FileMode, write func(io.Writer) error) error {
	return WriteBeside(path, "."+filepath.Base(path)+".*.part", perm, write)
}

// WriteBeside is WriteWhole with the new file named by pattern (as
// os.CreateTemp takes it), for a caller that finds and removes what a
// killed writer left (history merge). An error of write is returned as it
// is; one of the file's own, without the temporary file's name.
func WriteBeside(path, pattern string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return unwrap(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(perm); err != nil {
		return unwrap(err)
	}
	w := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(w); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return unwrap(err)
	}
	if err := tmp.Sync(); err != nil {
		return unwrap(err)
	}
	if err := tmp.Close(); err != nil {
		return unwrap(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return unwrap(err)
	}
	// The rename is durable once the folder is synced; where a folder
	// cannot be, the file is whole all the same.
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}
