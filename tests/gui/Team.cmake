# Included from tests/CMakeLists.txt: the "Connect to team workspace…" dialog. Its _pg variant also connects to the
# fixture's PostgreSQL server (a typed password, a wrong one, an unreachable keychain).
keyturn_test(TestConnectTeamDialog gui/TestConnectTeamDialog.cpp LIBS keyturn_ui LABELS gui)
keyturn_pg_variant(TestConnectTeamDialog LABELS gui)
