"""The central schema, as numbered migrations applied in order by `app-audit fleet init`.

Never edit a migration that has shipped: add a new one at the end. Each runs in its
own transaction with its number recorded in app_audit.schema_migrations, so running
`fleet init` again, or from two places at once (advisory lock), changes nothing.

Rights (docs/deploying.md): stations insert only their own rows (row-level security on
the login role) and may only read the rest; published policies are insert-only for the
publisher and immutable afterwards (trigger); a row counts once the verifier, which
alone may mark rows, has checked its Ed25519 signature against the station's key.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


GROUP_ROLES = ("app_audit_station", "app_audit_verifier", "app_audit_publisher", "app_audit_reader")

_ROLES = "\n".join(
    f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} NOLOGIN; END IF;
END $$;"""
    for role in GROUP_ROLES
)

_M001_TABLES = """
CREATE TABLE app_audit.stations (
    station_id serial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$'),
    role_name name NOT NULL UNIQUE,
    public_key text NOT NULL,
    key_id text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_contact_at timestamptz,
    pending_rows integer,
    policy_id text,
    policy_version text
);

-- The station behind this connection: its login role. session_user, not current_user, so that
-- it is the same inside SECURITY DEFINER functions.
CREATE FUNCTION app_audit.current_station_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, app_audit AS $$
    SELECT station_id FROM app_audit.stations WHERE role_name = session_user
$$;

-- Every row a station pushes, append-only. body is the signed text; the typed columns are
-- filled from it by the trigger below, so they can never disagree with what was signed.
CREATE TABLE app_audit.station_rows (
    row_id bigserial PRIMARY KEY,
    station_id integer NOT NULL REFERENCES app_audit.stations,
    kind text NOT NULL CHECK (kind IN ('audit', 'removal')),
    local_id bigint NOT NULL,
    chain_index bigint NOT NULL,
    body text NOT NULL,
    signature text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    platform text NOT NULL,
    serial text NOT NULL,
    recorded_at timestamptz NOT NULL,
    verified boolean,  -- NULL: not checked yet; true: signature good, counted; false: refused
    verified_at timestamptz,
    UNIQUE (station_id, kind, local_id)
);
CREATE INDEX station_rows_unverified ON app_audit.station_rows (row_id) WHERE verified IS NULL;
CREATE INDEX station_rows_device_history ON app_audit.station_rows (platform, serial, station_id, chain_index);

CREATE FUNCTION app_audit.station_row_from_body() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, app_audit AS $$
DECLARE
    doc jsonb;
BEGIN
    BEGIN
        doc := NEW.body::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'row body is not JSON' USING ERRCODE = 'check_violation';
    END;
    IF doc->>'kind' IS DISTINCT FROM NEW.kind
       OR (doc->>'local_id')::bigint IS DISTINCT FROM NEW.local_id
       OR (doc->>'chain_index')::bigint IS DISTINCT FROM NEW.chain_index THEN
        RAISE EXCEPTION 'row columns do not match its signed body' USING ERRCODE = 'check_violation';
    END IF;
    NEW.platform := doc->'device'->>'platform';
    NEW.serial := doc->'device'->>'serial';
    NEW.recorded_at := (doc->>'recorded_at')::timestamptz;
    NEW.received_at := now();
    NEW.verified := NULL;
    NEW.verified_at := NULL;
    RETURN NEW;
END $$;
CREATE TRIGGER station_rows_from_body BEFORE INSERT ON app_audit.station_rows
    FOR EACH ROW EXECUTE FUNCTION app_audit.station_row_from_body();

CREATE FUNCTION app_audit.notify_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('app_audit_rows', '');
    RETURN NULL;
END $$;
CREATE TRIGGER station_rows_notify AFTER INSERT ON app_audit.station_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_audit.notify_rows();

ALTER TABLE app_audit.station_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows_only ON app_audit.station_rows FOR INSERT TO app_audit_station
    WITH CHECK (station_id = app_audit.current_station_id());
CREATE POLICY fleet_reads ON app_audit.station_rows FOR SELECT
    TO app_audit_station, app_audit_reader, app_audit_verifier USING (true);

-- The latest state of every device across the fleet (what `fleet status` and the Fleet tab read),
-- kept by the verifier as rows are accepted. latest_*: any audit; official_*: the latest official one.
CREATE TABLE app_audit.devices (
    platform text NOT NULL,
    serial text NOT NULL,
    model text NOT NULL,
    station_id integer NOT NULL REFERENCES app_audit.stations,
    row_id bigint NOT NULL,
    chain_index bigint NOT NULL,
    recorded_at timestamptz NOT NULL,
    verdict text NOT NULL,
    official boolean NOT NULL,
    policy_id text NOT NULL,
    policy_version text NOT NULL,
    deadline timestamptz,
    findings jsonb NOT NULL,
    app_ids text[] NOT NULL,
    official_verdict text,
    official_row_id bigint,
    official_policy_id text,
    official_rule_ids text[],
    mail_access text NOT NULL DEFAULT 'unknown',
    PRIMARY KEY (platform, serial)
);
CREATE INDEX devices_verdict ON app_audit.devices (verdict);
CREATE INDEX devices_policy ON app_audit.devices (policy_id, verdict);
CREATE INDEX devices_station ON app_audit.devices (station_id);
CREATE INDEX devices_app_ids ON app_audit.devices USING gin (app_ids);

CREATE FUNCTION app_audit.device_changes(ids bigint[]) RETURNS TABLE (
    platform text, serial text, model text, station_id integer, row_id bigint, chain_index bigint,
    recorded_at timestamptz, verdict text, official boolean, policy_id text, policy_version text,
    deadline timestamptz, findings jsonb, app_ids text[], rule_ids text[]
) LANGUAGE sql STABLE SET search_path = pg_catalog, app_audit AS $$
    SELECT r.platform, r.serial, coalesce(d->'device'->>'model', ''), r.station_id, r.row_id,
           r.chain_index, r.recorded_at, d->>'verdict', (d->>'official')::boolean,
           d->'policy'->>'id', d->'policy'->>'version', (d->>'deadline')::timestamptz,
           coalesce(d->'findings', '[]'::jsonb),
           ARRAY(SELECT DISTINCT f->>'app_id' FROM jsonb_array_elements(d->'findings') f
                 WHERE f->>'state' IN ('blocking', 'action_needed') ORDER BY 1),
           ARRAY(SELECT DISTINCT f->>'rule_id' FROM jsonb_array_elements(d->'findings') f
                 WHERE f->>'state' IN ('blocking', 'action_needed') ORDER BY 1)
    FROM app_audit.station_rows r, LATERAL (SELECT r.body::jsonb AS d) b
    WHERE r.row_id = ANY (ids) AND r.kind = 'audit'
$$;

-- Record the verifier's findings and move accepted audits into devices. Within one station a
-- device's history follows the chain (clock skew cannot reorder it); across stations, the later
-- recording wins.
CREATE FUNCTION app_audit.record_verification(accepted bigint[], refused bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, app_audit AS $$
DECLARE
    changed integer;
BEGIN
    UPDATE app_audit.station_rows SET verified = false, verified_at = now()
        WHERE row_id = ANY (refused) AND verified IS NULL;
    UPDATE app_audit.station_rows SET verified = true, verified_at = now()
        WHERE row_id = ANY (accepted) AND verified IS NULL;
    WITH per_station AS (
        SELECT DISTINCT ON (c.platform, c.serial, c.station_id) c.*
        FROM app_audit.device_changes(accepted) c
        ORDER BY c.platform, c.serial, c.station_id, c.chain_index DESC
    ), latest AS (
        SELECT DISTINCT ON (p.platform, p.serial) p.* FROM per_station p
        ORDER BY p.platform, p.serial, p.recorded_at DESC
    )
    INSERT INTO app_audit.devices AS cur (platform, serial, model, station_id, row_id, chain_index,
        recorded_at, verdict, official, policy_id, policy_version, deadline, findings, app_ids)
    SELECT l.platform, l.serial, l.model, l.station_id, l.row_id, l.chain_index, l.recorded_at,
        l.verdict, l.official, l.policy_id, l.policy_version, l.deadline, l.findings, l.app_ids
    FROM latest l
    ON CONFLICT (platform, serial) DO UPDATE SET
        model = excluded.model, station_id = excluded.station_id, row_id = excluded.row_id,
        chain_index = excluded.chain_index, recorded_at = excluded.recorded_at,
        verdict = excluded.verdict, official = excluded.official, policy_id = excluded.policy_id,
        policy_version = excluded.policy_version, deadline = excluded.deadline,
        findings = excluded.findings, app_ids = excluded.app_ids
    WHERE (cur.station_id = excluded.station_id AND excluded.chain_index > cur.chain_index)
       OR (cur.station_id <> excluded.station_id AND excluded.recorded_at > cur.recorded_at);
    GET DIAGNOSTICS changed = ROW_COUNT;
    WITH per_station AS (
        SELECT DISTINCT ON (c.platform, c.serial, c.station_id) c.*
        FROM app_audit.device_changes(accepted) c WHERE c.official
        ORDER BY c.platform, c.serial, c.station_id, c.chain_index DESC
    ), latest AS (
        SELECT DISTINCT ON (p.platform, p.serial) p.* FROM per_station p
        ORDER BY p.platform, p.serial, p.recorded_at DESC
    ), official_base AS (
        SELECT l.*, o.recorded_at AS prev_recorded_at, o.station_id AS prev_station_id,
               o.chain_index AS prev_chain_index, cur.official_row_id AS prev_row_id
        FROM latest l JOIN app_audit.devices cur USING (platform, serial)
        LEFT JOIN app_audit.station_rows o ON o.row_id = cur.official_row_id
    )
    UPDATE app_audit.devices cur SET
        official_verdict = b.verdict, official_row_id = b.row_id, official_policy_id = b.policy_id,
        official_rule_ids = b.rule_ids,
        mail_access = CASE b.verdict WHEN 'compliant' THEN 'restored' WHEN 'noncompliant' THEN 'blocked'
                                     WHEN 'action_required' THEN 'pending' ELSE 'unknown' END
    FROM official_base b
    WHERE cur.platform = b.platform AND cur.serial = b.serial
      AND (b.prev_row_id IS NULL
           OR (b.prev_station_id = b.station_id AND b.chain_index > b.prev_chain_index)
           OR (b.prev_station_id <> b.station_id AND b.recorded_at > b.prev_recorded_at));
    IF changed > 0 THEN
        PERFORM pg_notify('app_audit_devices', '');
    END IF;
    RETURN changed;
END $$;

-- A station says it is alive: what is still waiting on it and which policy it applies.
CREATE FUNCTION app_audit.report_contact(pending integer, in_force_id text, in_force_version text)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, app_audit AS $$
    UPDATE app_audit.stations SET last_contact_at = now(), pending_rows = pending,
        policy_id = in_force_id, policy_version = in_force_version
    WHERE role_name = session_user
$$;

-- Policies published for every station. Insert-only; a published row never changes.
CREATE TABLE app_audit.policies (
    publication_id bigserial PRIMARY KEY,
    policy_id text NOT NULL,
    version text NOT NULL,
    sha256 text NOT NULL UNIQUE,
    status text NOT NULL,
    text bytea NOT NULL,
    signature bytea NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by name NOT NULL DEFAULT session_user,
    UNIQUE (policy_id, version)
);

CREATE FUNCTION app_audit.refuse_policy_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published policy cannot be changed or deleted: publish a new version'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER policies_immutable BEFORE UPDATE OR DELETE ON app_audit.policies
    FOR EACH ROW EXECUTE FUNCTION app_audit.refuse_policy_change();

CREATE FUNCTION app_audit.notify_policy() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('app_audit_policy', NEW.publication_id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER policies_notify AFTER INSERT ON app_audit.policies
    FOR EACH ROW EXECUTE FUNCTION app_audit.notify_policy();

REVOKE ALL ON ALL TABLES IN SCHEMA app_audit FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA app_audit FROM PUBLIC;
GRANT USAGE ON SCHEMA app_audit
    TO app_audit_station, app_audit_verifier, app_audit_publisher, app_audit_reader;
GRANT SELECT ON app_audit.stations, app_audit.devices, app_audit.policies, app_audit.station_rows
    TO app_audit_station, app_audit_verifier, app_audit_publisher, app_audit_reader;
GRANT INSERT (station_id, kind, local_id, chain_index, body, signature) ON app_audit.station_rows
    TO app_audit_station;
GRANT USAGE ON SEQUENCE app_audit.station_rows_row_id_seq TO app_audit_station;
GRANT INSERT (policy_id, version, sha256, status, text, signature) ON app_audit.policies
    TO app_audit_publisher;
GRANT USAGE ON SEQUENCE app_audit.policies_publication_id_seq TO app_audit_publisher;
GRANT EXECUTE ON FUNCTION app_audit.current_station_id() TO app_audit_station;
GRANT EXECUTE ON FUNCTION app_audit.report_contact(integer, text, text) TO app_audit_station;
GRANT EXECUTE ON FUNCTION app_audit.record_verification(bigint[], bigint[]) TO app_audit_verifier;
"""

# OFFSET 0 keeps the planner from inlining the lateral subquery, which parsed each body once per
# field read (a dozen times per row).
_M002 = """
CREATE OR REPLACE FUNCTION app_audit.device_changes(ids bigint[]) RETURNS TABLE (
    platform text, serial text, model text, station_id integer, row_id bigint, chain_index bigint,
    recorded_at timestamptz, verdict text, official boolean, policy_id text, policy_version text,
    deadline timestamptz, findings jsonb, app_ids text[], rule_ids text[]
) LANGUAGE sql STABLE SET search_path = pg_catalog, app_audit AS $$
    SELECT r.platform, r.serial, coalesce(d->'device'->>'model', ''), r.station_id, r.row_id,
           r.chain_index, r.recorded_at, d->>'verdict', (d->>'official')::boolean,
           d->'policy'->>'id', d->'policy'->>'version', (d->>'deadline')::timestamptz,
           coalesce(d->'findings', '[]'::jsonb),
           ARRAY(SELECT DISTINCT f->>'app_id' FROM jsonb_array_elements(d->'findings') f
                 WHERE f->>'state' IN ('blocking', 'action_needed') ORDER BY 1),
           ARRAY(SELECT DISTINCT f->>'rule_id' FROM jsonb_array_elements(d->'findings') f
                 WHERE f->>'state' IN ('blocking', 'action_needed') ORDER BY 1)
    FROM app_audit.station_rows r CROSS JOIN LATERAL (SELECT r.body::jsonb AS d OFFSET 0) b
    WHERE r.row_id = ANY (ids) AND r.kind = 'audit'
$$;
"""

# A published withdrawal restores mail access once per device across the fleet, whichever station
# is up: the first station that applies it claims every affected device the centre knows (from each
# device's latest official verdict), including devices whose own station is switched off.
_M003 = """
CREATE TABLE app_audit.withdrawal_restores (
    platform text NOT NULL,
    serial text NOT NULL,
    withdrawal_sha256 text NOT NULL REFERENCES app_audit.policies (sha256),
    station_id integer NOT NULL REFERENCES app_audit.stations,
    official_row_id bigint,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, serial, withdrawal_sha256)
);

-- Claim the devices that only the withdrawn rules blocked (rules_in_force: the rules the withdrawal
-- keeps; empty for a retraction). Returns the devices this call won: the caller restores them.
CREATE FUNCTION app_audit.claim_restores(withdrawal text, rules_in_force text[])
RETURNS TABLE (platform text, serial text, model text, official_row_id bigint, rule_ids text[])
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, app_audit AS $$
DECLARE
    withdrawn_policy text;
    me integer := app_audit.current_station_id();
BEGIN
    SELECT p.policy_id INTO withdrawn_policy FROM app_audit.policies p WHERE p.sha256 = withdrawal;
    IF withdrawn_policy IS NULL OR me IS NULL THEN
        RAISE EXCEPTION 'not a published policy, or not a station' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    WITH affected AS (
        SELECT d.platform, d.serial, d.model, d.official_row_id, d.official_rule_ids
        FROM app_audit.devices d
        WHERE d.official_policy_id = withdrawn_policy
          AND d.official_verdict IN ('noncompliant', 'action_required')
          AND cardinality(d.official_rule_ids) > 0
          AND NOT (d.official_rule_ids && rules_in_force)
    ), claimed AS (
        INSERT INTO app_audit.withdrawal_restores AS w (platform, serial, withdrawal_sha256, station_id, official_row_id)
        SELECT a.platform, a.serial, withdrawal, me, a.official_row_id FROM affected a
        ON CONFLICT DO NOTHING
        RETURNING w.platform, w.serial
    ), marked AS (
        UPDATE app_audit.devices d SET mail_access = 'restored'
        FROM claimed c WHERE d.platform = c.platform AND d.serial = c.serial
        RETURNING d.platform
    )
    SELECT a.platform, a.serial, a.model, a.official_row_id, a.official_rule_ids
    FROM affected a JOIN claimed c ON c.platform = a.platform AND c.serial = a.serial;
END $$;
REVOKE ALL ON app_audit.withdrawal_restores FROM PUBLIC;
REVOKE ALL ON FUNCTION app_audit.claim_restores(text, text[]) FROM PUBLIC;
GRANT SELECT ON app_audit.withdrawal_restores
    TO app_audit_station, app_audit_verifier, app_audit_publisher, app_audit_reader;
GRANT EXECUTE ON FUNCTION app_audit.claim_restores(text, text[]) TO app_audit_station;
"""

# Claims go to the device's own station while it is in contact (it restores from its own chain);
# a device whose station has been silent for `offline_after` is claimed by whichever station asks.
_M004 = """
DROP FUNCTION app_audit.claim_restores(text, text[]);
CREATE FUNCTION app_audit.claim_restores(withdrawal text, rules_in_force text[], offline_after interval)
RETURNS TABLE (platform text, serial text, model text, official_row_id bigint, rule_ids text[], own boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, app_audit AS $$
DECLARE
    withdrawn_policy text;
    me integer := app_audit.current_station_id();
BEGIN
    SELECT p.policy_id INTO withdrawn_policy FROM app_audit.policies p WHERE p.sha256 = withdrawal;
    IF withdrawn_policy IS NULL OR me IS NULL THEN
        RAISE EXCEPTION 'not a published policy, or not a station' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    WITH affected AS (
        SELECT d.platform, d.serial, d.model, d.official_row_id, d.official_rule_ids, o.station_id = me AS own
        FROM app_audit.devices d
        JOIN app_audit.station_rows o ON o.row_id = d.official_row_id
        JOIN app_audit.stations s ON s.station_id = o.station_id
        WHERE d.official_policy_id = withdrawn_policy
          AND d.official_verdict IN ('noncompliant', 'action_required')
          AND cardinality(d.official_rule_ids) > 0
          AND NOT (d.official_rule_ids && rules_in_force)
          AND (o.station_id = me OR s.last_contact_at IS NULL OR s.last_contact_at < now() - offline_after)
    ), claimed AS (
        INSERT INTO app_audit.withdrawal_restores AS w (platform, serial, withdrawal_sha256, station_id, official_row_id)
        SELECT a.platform, a.serial, withdrawal, me, a.official_row_id FROM affected a
        ON CONFLICT DO NOTHING
        RETURNING w.platform, w.serial
    ), marked AS (
        UPDATE app_audit.devices d SET mail_access = 'restored'
        FROM claimed c WHERE d.platform = c.platform AND d.serial = c.serial
        RETURNING d.platform
    )
    SELECT a.platform, a.serial, a.model, a.official_row_id, a.official_rule_ids, a.own
    FROM affected a JOIN claimed c ON c.platform = a.platform AND c.serial = a.serial;
END $$;
REVOKE ALL ON FUNCTION app_audit.claim_restores(text, text[], interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_audit.claim_restores(text, text[], interval) TO app_audit_station;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "stations, rows, devices, policies", "\n".join((_ROLES, _M001_TABLES))),
    Migration(2, "device_changes parses each row body once", _M002),
    Migration(3, "fleet-wide restores on a withdrawal", _M003),
    Migration(4, "restores claimed by the device's station while it is in contact", _M004),
)
