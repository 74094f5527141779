// The mark a stored sample (a test flow's inputs) carries where a suffix new on every run goes: the same Create
// User test then creates a new user each time; a value without it is sent as it is. Its own module: the browser
// shows it too.
export const RUN_SUFFIX = "{run}";
