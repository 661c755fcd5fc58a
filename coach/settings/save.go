package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/backroll/backroll/coach/tomlfile"
)

// Save writes into config.toml at path each setting of s that differs from
// what the file says now, creating the folder and file if needed. Keys are
// rewritten where they stand (tomlfile.Edit): the person's comments, blank
// lines, other keys and tables stay byte for byte. The new file replaces
// the old in one rename, and only once it reads back as s with nothing
// else changed; a file with a mistake in it is left for the person to fix,
// and the error names it.
func Save(path string, s Settings, checkCues func([]string) error) error {
	old, err := tomlfile.Read(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	cur, _, errs := parse(old, checkCues)
	if len(errs) > 0 {
		return fmt.Errorf("%w; fix it so backroll can save your settings", tomlfile.Located(path, errs[0]))
	}
	data := old
	for _, t := range tomlfile.Tables {
		var entries []tomlfile.Entry
		var own []string
		for _, f := range Fields {
			table, key, _ := strings.Cut(f.Key, ".")
			if table == t.Name && f.value(s) != f.value(cur) {
				entries = append(entries, tomlfile.Entry{Key: key, Value: f.value(s)})
				own = append(own, key)
			}
		}
		if len(entries) == 0 {
			continue
		}
		edited := tomlfile.Edit(data, t.Name, entries)
		if err := tomlfile.SameExcept(data, edited, t.Name, own); err != nil {
			return fmt.Errorf("%s: cannot update the [%s] table safely (%v); edit it by hand", path, t.Name, err)
		}
		data = edited
	}
	got, _, errs := parse(data, checkCues)
	if len(errs) > 0 {
		return tomlfile.Located(path, errs[0])
	}
	for _, f := range Fields {
		if f.value(got) != f.value(s) {
			return fmt.Errorf("%s: cannot update %s safely: it did not read back; edit it by hand", path, f.Key)
		}
	}
	return tomlfile.WriteFile(path, data)
}
