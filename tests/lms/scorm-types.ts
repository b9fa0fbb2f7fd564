// The SCORM data-model types of every element the course writes, and a recorder that wraps an LMS API
// (scorm-again) and keeps every call with its result and the LMS's error code, for strict checks.

type Check = (value: string) => boolean;

const decimal: Check = (v) => /^-?\d+(\.\d+)?$/.test(v);
const timespan12: Check = (v) => /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v);
const time12: Check = (v) => /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v);
const choice12: Check = (v) => /^[0-9a-z](,[0-9a-z])*$/.test(v);
const duration: Check = (v) =>
  /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(v);
const timestamp: Check = (v) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/.test(v);
const upTo =
  (n: number): Check =>
  (v) =>
    v.length <= n;
const oneOf =
  (...words: string[]): Check =>
  (v) =>
    words.includes(v);
const shortIds: Check = (v) =>
  v.split('[,]').every((id) => id.length > 0 && id.length <= 250 && !/\s/.test(id));
const uri: Check = (v) => v.length <= 4000 && /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(v);
const scaled: Check = (v) => decimal(v) && Number(v) >= -1 && Number(v) <= 1;

const TYPES: Record<'1.2' | '2004', [RegExp, Check][]> = {
  '1.2': [
    [
      /^cmi\.core\.lesson_status$/,
      oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'),
    ],
    [
      /^cmi\.core\.score\.(raw|min|max)$/,
      (v) => v === '' || (decimal(v) && Number(v) >= 0 && Number(v) <= 100),
    ],
    [/^cmi\.core\.exit$/, oneOf('time-out', 'suspend', 'logout', '')],
    [/^cmi\.core\.session_time$/, timespan12],
    [/^cmi\.core\.lesson_location$/, upTo(255)],
    [/^cmi\.suspend_data$/, upTo(4096)],
    [/^cmi\.interactions\.\d+\.id$/, (v) => /^[A-Za-z0-9_-]{1,255}$/.test(v)],
    [/^cmi\.interactions\.\d+\.type$/, oneOf('choice')],
    [/^cmi\.interactions\.\d+\.time$/, time12],
    [/^cmi\.interactions\.\d+\.weighting$/, decimal],
    [/^cmi\.interactions\.\d+\.student_response$/, choice12],
    [/^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, choice12],
    [
      /^cmi\.interactions\.\d+\.result$/,
      (v) => oneOf('correct', 'wrong', 'unanticipated', 'neutral')(v) || decimal(v),
    ],
    [/^cmi\.interactions\.\d+\.latency$/, timespan12],
  ],
  '2004': [
    [/^cmi\.completion_status$/, oneOf('completed', 'incomplete', 'not attempted', 'unknown')],
    [/^cmi\.success_status$/, oneOf('passed', 'failed', 'unknown')],
    [/^cmi\.score\.scaled$/, scaled],
    [/^cmi\.score\.(raw|min|max)$/, decimal],
    [/^cmi\.exit$/, oneOf('time-out', 'suspend', 'logout', 'normal', '')],
    [/^cmi\.session_time$/, duration],
    [/^cmi\.location$/, upTo(1000)],
    [/^cmi\.suspend_data$/, upTo(64000)],
    [/^cmi\.interactions\.\d+\.id$/, uri],
    [/^cmi\.interactions\.\d+\.type$/, oneOf('choice')],
    [/^cmi\.interactions\.\d+\.description$/, upTo(250)],
    [/^cmi\.interactions\.\d+\.timestamp$/, timestamp],
    [/^cmi\.interactions\.\d+\.weighting$/, decimal],
    [/^cmi\.interactions\.\d+\.learner_response$/, shortIds],
    [/^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, shortIds],
    [
      /^cmi\.interactions\.\d+\.result$/,
      (v) => oneOf('correct', 'incorrect', 'unanticipated', 'neutral')(v) || decimal(v),
    ],
    [/^cmi\.interactions\.\d+\.latency$/, duration],
  ],
};

export interface ScormCall {
  method: string;
  args: string[];
  result: string;
  /** The LMS's last error code after the call. */
  error: string;
}

/** Every problem with a recorded call sequence: an element without a known type, a bad value, an error. */
export function callProblems(calls: readonly ScormCall[], version: '1.2' | '2004'): string[] {
  const problems: string[] = [];
  for (const c of calls) {
    const [element = '', value = ''] = c.args;
    if (/^(LMS)?SetValue$/.test(c.method)) {
      const type = TYPES[version].find(([re]) => re.test(element));
      if (!type) problems.push(`${c.method}("${element}") writes an element with no checked type`);
      else if (!type[1](value)) problems.push(`${c.method}("${element}", "${value}"): not a valid value`);
    }
    if (c.error !== '0')
      problems.push(`${c.method}(${c.args.map((a) => `"${a}"`).join(', ')}) left error ${c.error}`);
  }
  return problems;
}

/** Wraps a SCORM API object so every call is recorded in `calls`. */
export function recording<T extends object>(api: T, calls: ScormCall[]): T {
  const lastError = (target: T): string => {
    const fn =
      (target as Record<string, unknown>).GetLastError ?? (target as Record<string, unknown>).LMSGetLastError;
    return typeof fn === 'function' ? String((fn as () => string).call(target)) : '0';
  };
  return new Proxy(api, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (
        typeof value !== 'function' ||
        typeof key !== 'string' ||
        /LastError|ErrorString|Diagnostic/.test(key)
      )
        return value;
      return (...args: string[]) => {
        const result = String((value as (...a: string[]) => unknown).apply(target, args));
        calls.push({ method: key, args, result, error: lastError(target) });
        return result;
      };
    },
  });
}
