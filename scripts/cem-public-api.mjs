// A custom-elements-manifest analyzer plugin: turns the analyzer's view of every source file into
// the package's public API, as a consumer imports it.
//
// - Modules: one per entry of package.json `exports`, at its published path (`dist/otp-enroll.js`).
// - Declarations: what those entries export (found with the TypeScript checker, so files can move
//   freely), each listed once, in the most specific entry that exports it.
// - Members: public ones only (no private/protected, `#x`/`_x`, undocumented statics, lifecycle
//   callbacks, nothing whose description starts with "Internal"); inherited members are folded
//   into the element when their class is not public.
// - Types: as the checker sees them on the public class (`strings` of `<otp-enroll>` is
//   `Partial<EnrollStrings>`, not the base class's `Partial<S>`), spelled with public names only:
//   an internal alias is written out (`LayoutSetting` → `'auto' | 'desktop' | 'mobile'`), an
//   internal interface fails the run, and a default that names an internal constant is replaced
//   by its value.
// - Events: type from `GlobalEventHandlersEventMap`, and `bubbles`/`composed`/`cancelable` from
//   the last sentence of the `@fires` text, e.g. "Bubbles, composed, cancelable." (required).
// - `lang`: every element follows it (see `resolveLang`), so each gets it as an attribute and
//   property inherited from HTMLElement, described once here.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const langDescription =
  'The language of the text: the element\'s own `lang`, else the nearest ancestor\'s (across shadow roots), else `<html lang>`, else Japanese. A `ja` tag (`ja`, `ja-JP`) gives Japanese, any other tag English. Followed as any of them changes.';

const lifecycle = /Callback$/;

/** Source file of each public entry, with its published path, in package.json order. */
function entries(root) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const seen = new Map();
  for (const target of Object.values(pkg.exports)) {
    if (typeof target !== 'object' || !target.types || !target.default) continue;
    const source = target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts');
    if (!seen.has(source)) seen.set(source, target.default.replace(/^\.\//, ''));
  }
  return [...seen].map(([source, path]) => ({ source: resolve(root, source), path }));
}

/** What the class's constructor assigns to a property declared without an initializer (`declare x: T`). */
function constructorAssignment(property) {
  const declaration = property.valueDeclaration;
  const ctor = declaration?.parent?.members?.find(ts.isConstructorDeclaration);
  for (const statement of ctor?.body?.statements ?? []) {
    const e = ts.isExpressionStatement(statement) ? statement.expression : undefined;
    if (e && ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(e.left) &&
      e.left.expression.kind === ts.SyntaxKind.ThisKeyword && e.left.name.text === property.name) return e.right;
  }
  return undefined;
}

function program(root, files) {
  const config = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  return ts.createProgram(files, { ...options, types: [], noEmit: true });
}

export function publicApiPlugin({ root = process.cwd() } = {}) {
  return {
    name: 'otp-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const api = new PublicApi(root, manifest);
      manifest.modules = api.modules();
    },
  };
}

class PublicApi {
  constructor(root, manifest) {
    this.root = root;
    this.analyzed = manifest.modules;
    this.entries = entries(root);
    this.program = program(root, this.entries.map((e) => e.source));
    this.checker = this.program.getTypeChecker();
    this.exportsBySymbol = new Map(); // resolved symbol → [{entry, name}]
    for (const entry of this.entries) {
      const moduleSymbol = this.checker.getSymbolAtLocation(this.program.getSourceFile(entry.source));
      entry.exports = this.checker.getExportsOfModule(moduleSymbol);
      for (const symbol of entry.exports) {
        const target = this.resolve(symbol);
        if (!this.exportsBySymbol.has(target)) this.exportsBySymbol.set(target, []);
        this.exportsBySymbol.get(target).push({ entry, name: symbol.name });
      }
    }
    this.eventMap = this.globalEventMap();
  }

  resolve(symbol) {
    return symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  isInternalFile(sourceFile) {
    const path = relative(this.root, sourceFile.fileName);
    return path.startsWith('src/') && !sourceFile.isDeclarationFile;
  }

  /** The entry a public symbol is documented in: the one with the fewest exports that has it. */
  home(symbol) {
    const list = this.exportsBySymbol.get(symbol);
    if (!list) return undefined;
    return list.reduce((best, e) => (e.entry.exports.length < best.entry.exports.length ? e : best)).entry;
  }

  /** The analyzer's declaration for a symbol declared in src/. */
  analyzedDeclaration(symbol) {
    const node = symbol.valueDeclaration ?? symbol.declarations?.[0];
    const path = relative(this.root, node.getSourceFile().fileName);
    const module = this.analyzed.find((m) => m.path === path);
    return module?.declarations?.find((d) => d.name === symbol.name);
  }

  modules() {
    const out = this.entries.map((entry) => ({ kind: 'javascript-module', path: entry.path, declarations: [], exports: [] }));
    const moduleOf = new Map(this.entries.map((entry, i) => [entry, out[i]]));
    for (const [symbol, list] of this.exportsBySymbol) {
      if (!(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Function | ts.SymbolFlags.Variable))) continue;
      const declaration = this.analyzedDeclaration(symbol);
      if (!declaration) continue;
      const home = this.home(symbol);
      moduleOf.get(home).declarations.push(this.declaration(symbol, declaration));
      for (const { entry, name } of list) {
        const module = moduleOf.get(entry);
        module.exports.push({ kind: 'js', name, declaration: { name: symbol.name, module: home.path } });
        if (entry === home && declaration.tagName) {
          module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: symbol.name, module: home.path } });
        }
      }
    }
    for (const module of out) {
      module.declarations.sort((a, b) => a.name.localeCompare(b.name, 'en'));
      module.exports.sort((a, b) => a.kind.localeCompare(b.kind, 'en') || a.name.localeCompare(b.name, 'en'));
    }
    return out;
  }

  declaration(symbol, analyzed) {
    const d = structuredClone(analyzed);
    const node = symbol.valueDeclaration;
    if (d.kind === 'class') return this.classDeclaration(symbol, d);
    if (d.kind === 'function') {
      const signature = this.checker.getSignaturesOfType(this.checker.getTypeOfSymbol(symbol), ts.SignatureKind.Call)[0];
      Object.assign(d, this.signature(signature, d));
    } else if (d.kind === 'variable') {
      d.type = { text: this.print(this.checker.getTypeOfSymbolAtLocation(symbol, node)) };
    }
    return d;
  }

  classDeclaration(symbol, d) {
    const instance = this.checker.getDeclaredTypeOfSymbol(symbol);
    const statics = this.checker.getTypeOfSymbol(symbol);
    const shown = (m) =>
      (!m.privacy || m.privacy === 'public') &&
      !/^[#_]/.test(m.name) &&
      !(m.static && !m.description) &&
      !(m.kind === 'method' && lifecycle.test(m.name)) &&
      !/^Internal\b/.test(m.description ?? '');

    d.members = (d.members ?? []).filter(shown).map((m) => {
      const owner = m.static ? statics : instance;
      const property = this.checker.getPropertyOfType(owner, m.name);
      if (!property) return m;
      this.inherited(m);
      if (m.kind === 'field') {
        m.type = { text: this.print(this.checker.getTypeOfSymbol(property)) };
        const value = this.constantDefault(property);
        if (value !== undefined) m.default = value;
        else if (m.default !== undefined && !this.isSelfContained(m.default, property.valueDeclaration)) delete m.default;
      } else {
        const signature = this.checker.getSignaturesOfType(this.checker.getTypeOfSymbol(property), ts.SignatureKind.Call)[0];
        if (signature) Object.assign(m, this.signature(signature, m));
      }
      return m;
    });
    const fields = new Map(d.members.map((m) => [m.name, m]));
    d.attributes = (d.attributes ?? [])
      .filter((a) => !/^Internal\b/.test(a.description ?? '') && (!a.fieldName || fields.has(a.fieldName)))
      .map((a) => {
        this.inherited(a);
        // `@attr name` in JSDoc names no field; a property of the same name is its field.
        const field = fields.get(a.fieldName ?? a.name);
        if (field && field.kind === 'field') {
          a.fieldName = field.name;
          field.attribute ??= a.name;
          a.type = field.type;
          if (field.default !== undefined) a.default = field.default;
        }
        return a;
      });
    for (const key of ['slots', 'cssParts', 'cssProperties', 'cssStates']) {
      if (d[key]) d[key] = d[key].filter((x) => !/^Internal\b/.test(x.description ?? '')).map((x) => this.inherited(x));
    }
    if (d.customElement) {
      d.events = (d.events ?? []).filter((e) => e.name).map((e) => this.event(d, e));
      this.addLang(d);
    }
    d.superclass = this.superclass(symbol, d.superclass);
    for (const key of Object.keys(d)) if (Array.isArray(d[key]) && !d[key].length) delete d[key];
    return d;
  }

  /** `inheritedFrom` names a public class by its entry, or is dropped: an internal base is the element's own API. */
  inherited(item) {
    if (!item.inheritedFrom) return item;
    const base = this.publicClassNamed(item.inheritedFrom.name);
    if (base) item.inheritedFrom = { name: base.name, module: this.home(base).path };
    else delete item.inheritedFrom;
    return item;
  }

  publicClassNamed(name) {
    for (const symbol of this.exportsBySymbol.keys()) if (symbol.name === name && symbol.flags & ts.SymbolFlags.Class) return symbol;
    return undefined;
  }

  /** The nearest ancestor that is public, or outside src/ (as the analyzer named it: `LitElement` from `lit`). */
  superclass(symbol, analyzedSuperclass) {
    let reference = analyzedSuperclass;
    let current = symbol;
    while (reference) {
      const base = this.checker.getBaseTypes(this.checker.getDeclaredTypeOfSymbol(current))[0]?.symbol;
      if (!base) return reference;
      if (this.exportsBySymbol.has(base)) return { name: base.name, module: this.home(base).path };
      const file = base.valueDeclaration?.getSourceFile();
      if (!file || !this.isInternalFile(file)) {
        // The analyzer points a platform class (Error) at the module that extends it.
        return reference.package ? reference : { name: base.name, package: 'global:' };
      }
      reference = this.analyzedDeclaration(base)?.superclass;
      current = base;
    }
    return undefined;
  }

  event(element, e) {
    const sentences = (e.description ?? '').trim().split(/(?<=\.)\s+/);
    const flags = /^((?:not )?(?:bubbles|composed|cancelable))((?:, (?:not )?(?:bubbles|composed|cancelable))*)\.$/i.exec(sentences.at(-1) ?? '');
    const said = new Map();
    if (flags) {
      for (const word of (flags[1] + flags[2]).toLowerCase().split(', ')) said.set(word.replace(/^not /, ''), !word.startsWith('not '));
    }
    if (!said.has('bubbles') || !said.has('composed')) {
      throw new Error(
        `<${element.tagName}> @fires ${e.name}: end its description with a sentence that says how it travels, e.g. "Bubbles, composed, cancelable." or "Bubbles, not composed."`,
      );
    }
    this.inherited(e);
    const mapped = this.eventMap.get(e.name);
    return {
      ...e,
      description: sentences.slice(0, -1).join(' '),
      ...(mapped ? { type: { text: this.print(mapped) } } : {}),
      bubbles: said.get('bubbles'),
      composed: said.get('composed'),
      cancelable: said.get('cancelable') ?? false,
    };
  }

  addLang(d) {
    const inheritedFrom = { name: 'HTMLElement', package: 'global:' };
    if (!d.members.some((m) => m.name === 'lang')) {
      d.members.push({ kind: 'field', name: 'lang', type: { text: 'string' }, description: langDescription, attribute: 'lang', inheritedFrom });
    }
    if (!d.attributes.some((a) => a.name === 'lang')) {
      d.attributes.push({ name: 'lang', type: { text: 'string' }, description: langDescription, fieldName: 'lang', inheritedFrom });
    }
  }

  globalEventMap() {
    const map = new Map();
    const symbol = this.checker.resolveName('GlobalEventHandlersEventMap', undefined, ts.SymbolFlags.Interface, false);
    if (!symbol) return map;
    for (const property of this.checker.getPropertiesOfType(this.checker.getDeclaredTypeOfSymbol(symbol))) {
      map.set(property.name, this.checker.getTypeOfSymbol(property));
    }
    return map;
  }

  signature(signature, documented) {
    const docs = new Map((documented.parameters ?? []).map((p) => [p.name, p]));
    const parameters = signature.parameters.map((p) => {
      const node = p.valueDeclaration;
      const name = ts.isIdentifier(node.name) ? node.name.text : documented.parameters?.[signature.parameters.indexOf(p)]?.name ?? p.name;
      const out = { ...docs.get(name), name, type: { text: this.print(this.checker.getTypeOfSymbol(p)) } };
      if (node.questionToken || node.initializer) out.optional = true;
      if (node.dotDotDotToken) out.rest = true;
      return out;
    });
    const returns = this.print(this.checker.getReturnTypeOfSignature(signature));
    return {
      ...(parameters.length ? { parameters } : {}),
      return: { ...documented.return, type: { text: returns } },
    };
  }

  /**
   * The value of a default that names an internal constant (`tokenIdPattern = defaultTokenIdPattern`,
   * or for a `declare`d reactive property, `this.tokenIdPattern = defaultTokenIdPattern` in the constructor).
   */
  constantDefault(property) {
    const initializer = property.valueDeclaration?.initializer ?? constructorAssignment(property);
    if (!initializer || !ts.isIdentifier(initializer)) return undefined;
    const constant = this.resolve(this.checker.getSymbolAtLocation(initializer));
    if (this.exportsBySymbol.has(constant)) return undefined;
    const value = constant.valueDeclaration?.initializer;
    return value && ts.isLiteralExpression(value) ? value.getText() : undefined;
  }

  /**
   * Whether a default reads on its own: it names nothing but public exports and globals. A
   * default taken from the constructor (`code`, `new DemoBank(bankOptions)`) does not.
   */
  isSelfContained(text, at) {
    const source = ts.createSourceFile('default.ts', `(${text})`, ts.ScriptTarget.Latest);
    let ok = true;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) return visit(node.expression);
      if (ts.isPropertyAssignment(node)) return visit(node.initializer);
      if (ts.isIdentifier(node)) {
        const symbol = this.checker.resolveName(node.text, at, ts.SymbolFlags.Value, false);
        if (!symbol || (!this.isPublicOrExternal(symbol) && !this.exportsBySymbol.has(this.resolve(symbol)))) ok = false;
        if (symbol?.valueDeclaration && ts.isParameter(symbol.valueDeclaration)) ok = false;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return ok;
  }

  isPublicOrExternal(symbol) {
    const target = this.resolve(symbol);
    if (this.exportsBySymbol.has(target)) return true;
    const file = target.declarations?.[0]?.getSourceFile();
    return !file || !this.isInternalFile(file);
  }

  /** A type, spelled with public and platform names only. */
  print(type, nested = false) {
    const c = this.checker;
    const wrap = (text) => (nested && /[|&]/.test(text) ? `(${text})` : text);
    if (type.aliasSymbol) {
      if (this.isPublicOrExternal(type.aliasSymbol)) {
        const args = type.aliasTypeArguments?.map((t) => this.print(t));
        return `${type.aliasSymbol.name}${args?.length ? `<${args.join(', ')}>` : ''}`;
      }
    }
    if (type.isUnion()) {
      const parts = [];
      const booleans = type.types.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
      for (const t of type.types) {
        if (t.flags & ts.TypeFlags.BooleanLiteral && booleans.length === 2) {
          if (!parts.includes('boolean')) parts.push('boolean');
        } else parts.push(this.print(t, true));
      }
      // Optional values read best with `null` and `undefined` last.
      const last = (t) => (t === 'null' || t === 'undefined' ? 1 : 0);
      parts.sort((a, b) => last(a) - last(b));
      return wrap(parts.join(' | '));
    }
    if (type.isIntersection()) return wrap(type.types.map((t) => this.print(t, true)).join(' & '));
    const symbol = type.getSymbol();
    if (symbol && type.flags & ts.TypeFlags.Object && (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) {
      if (!this.isPublicOrExternal(symbol)) {
        throw new Error(`The public API uses the internal type ${symbol.name}: export it from a public entry, or use a public type.`);
      }
      const args = type.target ? c.getTypeArguments(type).map((t) => this.print(t)) : [];
      return `${symbol.name}${args.length ? `<${args.join(', ')}>` : ''}`;
    }
    if (type.flags & ts.TypeFlags.Object && c.getSignaturesOfType(type, ts.SignatureKind.Call).length === 1 && !symbol?.members?.size) {
      const s = c.getSignaturesOfType(type, ts.SignatureKind.Call)[0];
      const params = s.parameters.map((p) => `${p.name}: ${this.print(c.getTypeOfSymbol(p))}`).join(', ');
      return `(${params}) => ${this.print(c.getReturnTypeOfSignature(s))}`;
    }
    return c.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType);
  }
}
