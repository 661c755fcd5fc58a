package coach

// Rate is the 0-10 rating of how the back feels that cur becomes when the
// digit d is typed. A 0 typed while the rating is 1 makes 10, however long
// after the 1 it comes: from the floor, typing is slow. Any other digit is
// the rating itself, so a 0 typed again corrects 10 to 0.
func Rate(cur *int, d int) *int {
	if cur != nil && *cur == 1 && d == 0 {
		d = 10
	}
	return &d
}

// TenPending reports whether a 0 typed next makes the rating v 10, which
// the screen and the plain mode say while it does.
func TenPending(v *int) bool { return v != nil && *v == 1 }
