package serve

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// Allowed is an allow-list of public keys, read from an authorized_keys
// file again on every use, so that a key taken out of it is refused from
// the next connection on.
type Allowed struct {
	Path string
	Open bool // any key is let in, each still its own person
}

// Check reads the file and says why it lets no one in, if it does not.
func (a Allowed) Check() (int, error) {
	keys, err := readKeys(a.Path, files.AuthorizedKeys)
	if err != nil {
		return 0, err
	}
	if len(keys) == 0 {
		return 0, fmt.Errorf("%s lists no public key", text.Inert(a.Path))
	}
	return len(keys), nil
}

// Allows reports whether key may come in.
func (a Allowed) Allows(key ssh.PublicKey) bool {
	if a.Open {
		return key != nil
	}
	keys, err := readKeys(a.Path, files.AuthorizedKeys)
	return err == nil && listed(keys, key)
}

// Leaders are the keys that lead any class they join, listed in a file
// of the form of authorized_keys and read again at every class joined, so
// that a change to it needs no restart. No Path lists nobody.
type Leaders struct{ Path string }

// Check reads the file and says how many keys it lists, or what is wrong
// with it.
func (l Leaders) Check() (int, error) {
	if l.Path == "" {
		return 0, nil
	}
	keys, err := readKeys(l.Path, files.ClassLeaders)
	return len(keys), err
}

// Lists reports whether key leads; a file that cannot be read lists
// nobody, and says why.
func (l Leaders) Lists(key ssh.PublicKey) (bool, error) {
	if l.Path == "" {
		return false, nil
	}
	keys, err := readKeys(l.Path, files.ClassLeaders)
	return err == nil && listed(keys, key), err
}

// listed reports whether key is one of keys.
func listed(keys []gossh.PublicKey, key ssh.PublicKey) bool {
	if key == nil {
		return false
	}
	for _, k := range keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}

// readKeys reads the public keys of a file of kind k in the form of
// authorized_keys, naming the first line that is not one.
func readKeys(path string, k files.Kind) ([]gossh.PublicKey, error) {
	// Regular, no link, never blocking, at most k.Max.
	b, err := files.Read(path, k)
	if err != nil {
		return nil, err
	}
	var keys []gossh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), int(k.Max))
	for line := 1; sc.Scan(); line++ {
		l := bytes.TrimSpace(sc.Bytes())
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(l)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key (%v)", text.Inert(path), line, err)
		}
		keys = append(keys, k)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", text.Inert(path), err)
	}
	return keys, nil
}

// Fingerprint is key's SHA-256 fingerprint written as a file name: URL-safe
// base64, so no "/" or "+", and no "." at the start.
func Fingerprint(key ssh.PublicKey) (string, error) {
	if key == nil {
		return "", errors.New("no public key")
	}
	sum := sha256.Sum256(key.Marshal())
	return "SHA256-" + base64.RawURLEncoding.EncodeToString(sum[:]), nil
}
