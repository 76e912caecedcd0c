/**
 * The first line of defence for an assessment file, which is untrusted input:
 * size, nesting depth and forbidden keys are checked before anything else
 * touches the data, and a JSON syntax error is located by line and column in
 * the same words in every browser.
 */
export const MAX_FILE_CHARS = 1_000_000;
export const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of [ and { outside strings; stops counting once past the limit. */
export function nestingDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Paths of forbidden keys (prototype pollution attempts), walked without recursion. */
export function forbiddenKeys(data: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) found.push(at);
      else stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return found;
}

function lineAndColumn(text: string, at: number): string {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Where and why a text that JSON.parse rejected stops being JSON. */
export function describeJsonError(text: string): string {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${lineAndColumn(text, Math.min(i, text.length))}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const token = () => (i >= text.length ? fail('Unexpected end of file') : fail(`Unexpected token '${text[i]}'`));
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 32) fail('Unescaped control character in text');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('Bad escape in text');
      }
      i++;
    }
    if (i >= text.length) fail('Unterminated text');
    i++;
  };
  const value = (depth: number): void => {
    ws();
    if (depth > MAX_DEPTH) fail('Nested too deeply');
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') token();
          string();
          ws();
          if (text[i] !== ':') token();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else token();
      }
    }
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) token();
    i += literal![0].length;
  };
  try {
    value(0);
    ws();
    if (i < text.length) token();
    return `Unexpected token at ${lineAndColumn(text, i)}`;
  } catch (error) {
    return (error as Error).message;
  }
}

type Frame = { object: boolean; path: string; keys: Set<string>; index: number; key: string | null };

/**
 * Paths of keys that appear twice in one object (JSON.parse silently keeps the
 * last). Call on text that JSON.parse accepts; strings are decoded, so
 * "a\u002eb" and "a.b" are the same key.
 */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Frame[] = [];
  const childPath = (frame: Frame | undefined): string => {
    if (!frame) return '';
    if (!frame.object) return `${frame.path}[${frame.index}]`;
    return frame.path ? `${frame.path}.${frame.key}` : String(frame.key);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      let after = j + 1;
      while (after < text.length && ' \t\n\r'.includes(text[after]!)) after++;
      if (top?.object && text[after] === ':') {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push(top.path ? `${top.path}.${key}` : key);
        top.keys.add(key);
        top.key = key;
      }
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push({ object: c === '{', path: childPath(stack[stack.length - 1]), keys: new Set(), index: 0, key: null });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top && !top.object) top.index++;
    }
    i++;
  }
  return found;
}
