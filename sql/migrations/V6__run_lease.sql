-- Provision Lens schema, version 6: a review run holds a lease on its local authority for its whole life, so that a
-- run whose process has died is seen to have died, and two runs for one LA never run at once.
--
-- The lease is a PostgreSQL session advisory lock, keyed by the LA, taken on a connection the run keeps open until it
-- ends. When the process dies (SIGKILL, power cut), PostgreSQL ends its session and the lock is released, so "the run's
-- session still holds its LA's lock" is the test of life. The run records that session (backend pid and start time)
-- on its row.

ALTER TABLE review_run
    ADD COLUMN lease_pid           INTEGER,
    ADD COLUMN lease_backend_start TIMESTAMP WITH TIME ZONE;

COMMENT ON COLUMN review_run.lease_pid IS
    'The backend pid of the session that holds the run''s lease (NULL: a run started before version 6)';
COMMENT ON COLUMN review_run.lease_backend_start IS
    'When that session started (pg_stat_activity.backend_start): a later session with the same pid is not the lease';

-- Takes the lease of an LA for this session if no other session holds it: true when taken. The key is the two-int
-- form (namespace, LA), so the lock shows in pg_locks as classid = namespace, objid = LA, objsubid = 2.
CREATE FUNCTION review_run_lease_try(la_code TEXT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE
AS $$
    SELECT pg_try_advisory_lock(hashtext('provision-lens-run'), hashtext(la_code))
$$;

-- Gives the lease back (ending the session gives it back too).
CREATE FUNCTION review_run_lease_release(la_code TEXT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE
AS $$
    SELECT pg_advisory_unlock(hashtext('provision-lens-run'), hashtext(la_code))
$$;

-- Whether the session recorded on a run still holds its LA's lease.
--
-- Visibility, checked on PostgreSQL 15 and 17: pg_locks shows every session's locks (pid included) to every user.
-- pg_stat_activity shows every session's pid to every user, but backend_start (like query and state) only for sessions
-- of the same role, or to superusers and members of pg_read_all_stats; for another role's session it is NULL. So life
-- is read from pg_locks; backend_start, where it can be seen, also rules out a new session that reused the pid. (The
-- embedded database's user is postgres, a superuser; with separate roles for jobs and dashboards, grant
-- pg_read_all_stats to the dashboards' role for that extra check.)
CREATE FUNCTION review_run_lease_alive(la_code TEXT, lease_pid INTEGER, lease_backend_start TIMESTAMP WITH TIME ZONE)
    RETURNS BOOLEAN
    LANGUAGE sql STABLE
AS $$
    SELECT lease_pid IS NOT NULL
       AND EXISTS (SELECT 1
                     FROM pg_locks l
                    WHERE l.locktype = 'advisory'
                      AND l.granted
                      AND l.pid = lease_pid
                      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                      AND l.classid = hashtext('provision-lens-run')::oid
                      AND l.objid = hashtext(la_code)::oid
                      AND l.objsubid = 2)
       AND NOT EXISTS (SELECT 1
                         FROM pg_stat_activity a
                        WHERE a.pid = lease_pid
                          AND a.backend_start IS DISTINCT FROM lease_backend_start
                          AND a.backend_start IS NOT NULL)
$$;

-- The runs as the pages show them: a 'running' run whose lease is gone (its process stopped; or it was started before
-- version 6, when runs held no lease) is failed, "abandoned: the process stopped during <stage>". The next run for the
-- LA writes the same status and message into review_run for good when it takes the lease.
CREATE VIEW review_run_state AS
SELECT r.run_id,
       r.manifest_name,
       r.manifest_path,
       r.la_code,
       r.la_name,
       CASE WHEN s.abandoned THEN 'failed' ELSE r.status END AS status,
       r.stage,
       CASE WHEN s.abandoned THEN 'abandoned: the process stopped during ' || coalesce(r.stage, 'starting')
            ELSE r.message END AS message,
       r.inputs_sha256,
       r.started_at,
       r.finished_at,
       r.lease_pid,
       r.lease_backend_start
  FROM review_run r
  CROSS JOIN LATERAL (
      SELECT CASE WHEN r.status = 'running'
                  THEN NOT review_run_lease_alive(r.la_code, r.lease_pid, r.lease_backend_start)
                  ELSE FALSE END AS abandoned) s;
