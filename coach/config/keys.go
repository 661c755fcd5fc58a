package config

import "slices"

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

// Known reports whether config.toml may hold key in table.
func Known(table, key string) bool {
	for _, t := range Tables {
		if t.Name == table {
			return slices.Contains(t.Keys, key)
		}
	}
	return false
}

// tableNames are the tables' names.
func tableNames() []string {
	names := make([]string, len(Tables))
	for i, t := range Tables {
		names[i] = t.Name
	}
	return names
}
