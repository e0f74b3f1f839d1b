# keyturn_test(...) registrations
