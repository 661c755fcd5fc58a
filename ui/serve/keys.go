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
	keys, err := readKeys(a.Path)
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
	keys, err := readKeys(a.Path)
	if err != nil || key == nil {
		return false
	}
	for _, k := range keys {
		if ssh.KeysEqual(k, key) {
			return true
		}
	}
	return false
}

// readKeys reads the public keys of an authorized_keys file, naming the
// first line that is not one.
func readKeys(path string) ([]gossh.PublicKey, error) {
	// Regular, no link, never blocking, at most files.AuthorizedKeys.Max.
	b, err := files.Read(path, files.AuthorizedKeys)
	if err != nil {
		return nil, err
	}
	var keys []gossh.PublicKey
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), int(files.AuthorizedKeys.Max))
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
