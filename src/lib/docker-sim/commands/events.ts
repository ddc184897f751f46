/**
 * `docker events` / `docker system events` (docker/cli v29.7.2 cli/command/system/events.go) over
 * the daemon's event log (events.ts): the client turns --since/--until into Unix timestamps
 * (moby client/internal/timestamp GetTimestamp, vendored in docker/cli), the daemon returns the
 * buffered events between them that pass the filters (daemon/server/router/system
 * system_routes.go getEvents, daemon/events/events.go loadBufferedEvents, daemon/events/filter.go)
 * and then streams new ones: without an --until in the past the real command waits for more
 * until Ctrl+C, where the playground returns with a note.
 */
import {flagError, flagList, flagString} from '../cli';
import type {EventRecord} from '../events';
import {goStruct, renderTemplate, TemplateError, type TemplateValue} from '../format';
import * as msg from '../messages';
import {familiarName, parseNormalizedNamed} from '../reference';
import {outErr, Printer, type Handler} from './common';

/** A Unix time as the API carries it: whole seconds and nanoseconds. */
interface UnixTime {
  seconds: number;
  nanos: number;
}

const ms = (t: UnixTime): number => t.seconds * 1000 + t.nanos / 1e6;

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, in ms; null when `value` is not a duration. */
export function goDurationMs(value: string): number | null {
  const sign = value.startsWith('-') ? -1 : 1;
  const body = value.replace(/^[-+]/, '');
  if (body === '0') return 0;
  if (body === '') return null;
  const part = /(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  for (let at = 0; at < body.length; at = part.lastIndex) {
    part.lastIndex = at;
    const m = part.exec(body);
    if (!m || !/\d/.test(m[1]!)) return null;
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
  }
  return sign * total;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * client/internal/timestamp GetTimestamp: a Go duration before `now`, an RFC 3339 date or time
 * (the playground's local zone is UTC), or a Unix timestamp passed on as typed. Returns the
 * query value the daemon receives, or the client's error.
 */
export function getTimestamp(value: string, now: number): {query: string} | {error: string} {
  const duration = value === '0' ? null : goDurationMs(value);
  if (duration !== null) return {query: String(Math.floor((now - duration) / 1000))};
  const m = DATE_TIME.exec(value);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
    const offset =
      zone.toUpperCase() === 'Z'
        ? 0
        : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    const at =
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) -
      offset * 60_000;
    return {query: `${Math.floor(at / 1000)}.${frac.padEnd(9, '0')}`};
  }
  // A value with a dash was meant as a date: Go's parse error (not imitated word for word).
  if (value.includes('-')) return {error: `parsing time "${value}": cannot parse as RFC 3339`};
  if (!/^\d+(?:\.\d+)?$/.test(value))
    return {error: `failed to parse value as time or duration: "${value}"`};
  return {query: value};
}

/** daemon/internal/timestamp ParseUnixTimestamp: "S.NNN" (fraction scaled to nanoseconds). */
function parseUnix(query: string): UnixTime {
  const [s = '0', n = ''] = query.split('.');
  return {seconds: Number(s), nanos: n ? Number(n) * 10 ** (9 - n.length) : 0};
}

/** filters.Args ExactMatch: true when the key is absent. */
function exact(filters: Map<string, string[]>, key: string, source: string): boolean {
  const values = filters.get(key);
  return !values || values.length === 0 || values.includes(source);
}

/** filters.Args FuzzyMatch: an exact value or a prefix of `source`. */
function fuzzy(filters: Map<string, string[]>, key: string, source: string): boolean {
  if (exact(filters, key, source)) return true;
  return (filters.get(key) ?? []).some((prefix) => source.startsWith(prefix));
}

const FUZZY_ACTIONS = new Set(['health_status', 'exec_create', 'exec_start']);
const NAMED_TYPES = ['daemon', 'container', 'plugin', 'volume', 'network', 'service', 'node'];

function stripTag(image: string): string {
  const ref = parseNormalizedNamed(image);
  return typeof ref === 'string' ? image : familiarName(ref);
}

/** daemon/events/filter.go Include. */
export function includesEvent(filters: Map<string, string[]>, ev: EventRecord): boolean {
  const actionMatch = (filters.get('event') ?? []).some((v) => FUZZY_ACTIONS.has(v))
    ? fuzzy(filters, 'event', ev.action)
    : exact(filters, 'event', ev.action);
  const name = ev.attributes.name ?? '';
  const imageName = ev.attributes[ev.type === 'image' ? 'name' : 'image'] ?? '';
  const labels = filters.get('label') ?? [];
  return (
    actionMatch &&
    exact(filters, 'type', ev.type) &&
    exact(filters, 'scope', 'local') &&
    [...NAMED_TYPES, 'secret', 'config'].every(
      (t) => fuzzy(filters, t, ev.id) || fuzzy(filters, t, name),
    ) &&
    [ev.id, imageName, stripTag(ev.id), stripTag(imageName)].some((s) =>
      exact(filters, 'image', s),
    ) &&
    labels.every((l) => {
      const [k = '', v] = l.split(/=(.*)/s);
      return k in ev.attributes && (v === undefined || ev.attributes[k] === v);
    })
  );
}

/**
 * events.Message as json.Marshal writes it (`{{json .}}`): its JSON names, scope/time/timeNano
 * left out when empty (omitempty), as in the empty message the template is first tried on.
 */
function messageJson(ev: EventRecord | null): TemplateValue {
  if (!ev) return goStruct({Type: '', Action: '', Actor: goStruct({ID: '', Attributes: null})});
  return goStruct({
    Type: ev.type,
    Action: ev.action,
    Actor: goStruct({ID: ev.id, Attributes: ev.attributes}),
    scope: 'local',
    time: Math.floor(ev.time / 1000),
    timeNano: ev.time * 1e6,
  });
}

/** events.Message as a template sees it (Go field names). */
function messageFields(ev: EventRecord | null): {[key: string]: TemplateValue} {
  return {
    Type: ev?.type ?? '',
    Action: ev?.action ?? '',
    Actor: {ID: ev?.id ?? '', Attributes: ev?.attributes ?? {}},
    Scope: ev ? 'local' : '',
    Time: ev ? Math.floor(ev.time / 1000) : 0,
    TimeNano: ev ? ev.time * 1e6 : 0,
  };
}

function resolveField(ev: EventRecord | null, path: readonly string[]): TemplateValue | undefined {
  // `.` itself is what `json` prints; the playground does not print Go's struct form of it.
  if (path.length === 0) return messageJson(ev);
  let cur: TemplateValue | undefined = messageFields(ev);
  for (const [i, p] of path.entries()) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    // A map (Actor.Attributes) answers a missing key with the zero value, "<no value>".
    const isMap = i === 2 && path[0] === 'Actor' && path[1] === 'Attributes';
    cur = Object.prototype.hasOwnProperty.call(cur, p) ? cur[p] : isMap ? null : undefined;
  }
  return cur;
}

/** rfc3339NanoFixed in the local zone (UTC here). */
function fixedNano(time: number): string {
  return new Date(time).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

/** prettyPrintEvent: time, type, action, actor id, then the attributes sorted by key. */
function prettyEvent(ev: EventRecord): string {
  const keys = Object.keys(ev.attributes).sort();
  const attrs = keys.length ? ` (${keys.map((k) => `${k}=${ev.attributes[k]}`).join(', ')})` : '';
  return `${fixedNano(ev.time)} ${ev.type} ${ev.action} ${ev.id}${attrs}\n`;
}

function eventFilters(values: readonly string[]): Map<string, string[]> | string {
  const filters = new Map<string, string[]>();
  for (const value of values) {
    if (value === '') continue;
    // opts.FilterOpt.Set: lower-cased, trimmed name; trimmed value.
    const at = value.indexOf('=');
    if (at < 0)
      return `invalid argument "${value}" for "-f, --filter" flag: bad format of filter (expected name=value)`;
    const key = value.slice(0, at).trim().toLowerCase();
    filters.set(key, [...(filters.get(key) ?? []), value.slice(at + 1).trim()]);
  }
  return filters;
}

const NOTE_WAITS =
  '실제 docker events는 새 이벤트를 기다리며 Ctrl+C를 누를 때까지 돌아오지 않습니다. 여기서는 기다리지 않고 돌아옵니다.';

export const eventsCmd: Handler = (ctx, cmd) => {
  const filters = eventFilters(flagList(cmd, 'filter'));
  if (typeof filters === 'string') return flagError(cmd.ref, filters);
  let format = flagString(cmd, 'format') ?? '';
  if (format === 'json') format = '{{json .}}';
  const render = (ev: EventRecord | null): string =>
    renderTemplate(format, (path) => resolveField(ev, path), '*events.Message');
  if (format !== '') {
    try {
      render(null); // makeTemplate runs the template on an empty message
    } catch (e) {
      const text = e instanceof TemplateError ? e.message : String(e);
      return outErr(`Error parsing format: ${text.replace(/^template parsing error: /, '')}`, 64);
    }
  }
  const now = ctx.now();
  const query: {since?: string; until?: string} = {};
  for (const key of ['since', 'until'] as const) {
    const value = flagString(cmd, key) ?? '';
    if (value === '') continue;
    const t = getTimestamp(value, now);
    if ('error' in t) return outErr(t.error);
    query[key] = t.query;
  }
  const since = query.since === undefined ? null : ms(parseUnix(query.since));
  const until = query.until === undefined ? null : ms(parseUnix(query.until));
  if (until !== null && until < (since ?? -Infinity))
    return outErr(
      msg.fromDaemon(
        `\`since\` time (${query.since}) cannot be after \`until\` time (${query.until})`,
      ),
    );
  const p = new Printer();
  // loadBufferedEvents: nothing from the past unless --since or --until is given.
  const buffered =
    since === null && until === null
      ? []
      : (ctx.state.events ?? []).filter(
          (ev) =>
            ev.time >= (since ?? -Infinity) &&
            (until === null || ev.time <= until) &&
            includesEvent(filters, ev),
        );
  for (const ev of buffered) p.out(format === '' ? prettyEvent(ev) : `${render(ev)}\n`);
  if (until !== null && until <= now) return p.done();
  const note =
    until !== null
      ? '실제로는 --until 시각까지 새 이벤트를 기다립니다. 여기서는 지금까지의 이벤트만 보여 줍니다.'
      : since !== null
        ? `${NOTE_WAITS} 지금까지의 이벤트만 보여 줍니다.`
        : `${NOTE_WAITS} 지난 이벤트는 docker events --since 10m --until 0s처럼 --since와 --until로 봅니다.`;
  return p.err(`${msg.PLAYGROUND_NOTE_PREFIX}${note}`).done();
};
