#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the team-mode tests (ctest fixture "pg").
#   pg-test-server.sh start STATE_DIR   initdb + start on a free port; writes STATE_DIR/url and STATE_DIR/pgpass
#   pg-test-server.sh stop STATE_DIR    stop it and delete its data
# The superuser is keyturn_test with a random password (scram-sha-256 over TCP); tests read the password from the
# pgpass file (PGPASSFILE), as a user would. Run as root, the server runs as the Debian 'postgres' user.
set -euo pipefail

cmd=${1:?usage: pg-test-server.sh start|stop STATE_DIR}
state=${2:?usage: pg-test-server.sh start|stop STATE_DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-test-server: PostgreSQL's server programs are not installed (Debian package 'postgresql')" >&2
    exit 1
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "pg-test-server: no free port in 55432-55532" >&2
    return 1
}

stop() {
    if [ -f "$state/datadir" ]; then
        local data
        data=$(cat "$state/datadir")
        if [ -d "$data" ]; then
            as_server_user "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
            rm -rf "$(dirname "$data")"
        fi
    fi
    rm -rf "$state"
}

case "$cmd" in
    start)
        stop
        mkdir -p "$state"
        run=$(mktemp -d /tmp/keyturn-pg.XXXXXX)
        chmod 755 "$run"
        [ "$(id -u)" -eq 0 ] && chown postgres "$run"
        password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
        printf '%s\n' "$password" >"$run/pwfile"
        [ "$(id -u)" -eq 0 ] && chown postgres "$run/pwfile"
        as_server_user "$bindir/initdb" -D "$run/data" -U keyturn_test --pwfile="$run/pwfile" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$run/initdb.log" 2>&1 || {
            cat "$run/initdb.log" >&2
            exit 1
        }
        rm -f "$run/pwfile"
        port=$(free_port)
        as_server_user "$bindir/pg_ctl" -D "$run/data" -l "$run/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $run -c max_connections=200 -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off" start >/dev/null || {
            cat "$run/server.log" >&2
            exit 1
        }
        echo "$run/data" >"$state/datadir"
        echo "postgresql://keyturn_test@127.0.0.1:$port/postgres" >"$state/url"
        # hostname:port:database:username:password; '*' for the databases each test creates
        printf '127.0.0.1:%s:*:*:%s\n' "$port" "$password" >"$state/pgpass"
        chmod 600 "$state/pgpass"
        echo "pg-test-server: PostgreSQL on 127.0.0.1:$port (data in $run/data)"
        ;;
    stop)
        stop
        ;;
    *)
        echo "usage: pg-test-server.sh start|stop STATE_DIR" >&2
        exit 2
        ;;
esac
