package tomlfile

// Table is one table of config.toml and the keys it may hold.
type Table struct {
	Name string
	Keys []string
}

// Tables is every table and key config.toml may hold, in the order
// `backroll config` shows them: the one list that each table's reader and
// any whole-file check go by. coach/settings reads [session] and
// [streak]; coach/profile reads [profile].
var Tables = []Table{
	{"session", []string{"hold", "ready", "breath", "reduced_motion", "cues", "theme"}},
	{"streak", []string{"min_minutes", "day_starts", "rest_days_per_week"}},
	{"profile", []string{"roller", "first_time", "onboarded", "safety_seen", "conditions", "avoid", "lats", "stepped"}},
}
