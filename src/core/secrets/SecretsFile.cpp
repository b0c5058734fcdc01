#include "core/secrets/SecretsFile.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

// dotenv matches each line with one big regular expression (Dotenv::Parser::LINE) and Kamal's
// `$(…)` with a recursive one. Running those through a backtracking engine is exponential on
// inputs such as `A="\"\"\"…` and quadratic on long runs of blank lines, so this file decides
// the same matches by hand: every choice point of the expressions is resolved in the order
// the Ruby engine tries it, which keeps the results identical and the work linear.

namespace Berth::Secrets {

namespace {

bool isSpace(QChar c)
{
    // Ruby's \s: ASCII only.
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v';
}

bool isWordChar(QChar c)
{
    // Ruby's \w on a UTF-8 string without (?u): ASCII letters, digits and underscore.
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_';
}

bool isKeyChar(QChar c)
{
    return isWordChar(c) || c == u'.';
}

// One match of Dotenv::Parser::LINE.
struct LineMatch
{
    qsizetype end = -1; // end of the whole match; -1 = no match
    qsizetype keyStart = 0;
    QString key;
    bool exported = false;
    bool hasValue = false; // the named group `value` participated
    QString value;
};

class LineMatcher
{
public:
    explicit LineMatcher(const QString &text)
        : m_s(text)
        , m_n(text.size())
    { }

    qsizetype skipSpace(qsizetype p) const
    {
        while (p < m_n && isSpace(m_s.at(p)))
            ++p;
        return p;
    }

    // `\s* (?:\#.*)? (?:$|\z)`: where it ends, or -1.
    qsizetype tail(qsizetype p) const
    {
        const qsizetype e = skipSpace(p);
        if (e == m_n)
            return m_n;
        if (m_s.at(e) == u'#') {
            const qsizetype nl = m_s.indexOf(u'\n', e);
            return nl < 0 ? m_n : nl;
        }
        // Backtracking \s* stops at the last newline it had consumed ($ matches before it).
        for (qsizetype q = e; q > p; --q) {
            if (m_s.at(q - 1) == u'\n')
                return q - 1;
        }
        return -1;
    }

    // `\s*Q(?:\\Q|[^Q])*Q` followed by the tail. A Q preceded by a backslash may be passed
    // over or close the value; the first other Q must close it. The engine tries the farthest
    // closing quote first.
    bool quoted(qsizetype p, QChar quote, LineMatch &match) const
    {
        const qsizetype open = skipSpace(p);
        if (open >= m_n || m_s.at(open) != quote)
            return false;
        QList<qsizetype> closers;
        for (qsizetype i = open + 1; i < m_n; ++i) {
            if (m_s.at(i) != quote)
                continue;
            closers.append(i);
            if (i - 1 <= open || m_s.at(i - 1) != u'\\')
                break;
        }
        for (auto it = closers.crbegin(); it != closers.crend(); ++it) {
            const qsizetype end = tail(*it + 1);
            if (end >= 0) {
                match.hasValue = true;
                match.value = m_s.mid(p, *it + 1 - p);
                match.end = end;
                return true;
            }
        }
        return false;
    }

    // The optional value and the tail after a separator. Something always matches here.
    void valueAndTail(qsizetype p, LineMatch &match) const
    {
        if (quoted(p, u'\'', match) || quoted(p, u'"', match))
            return;
        if (p < m_n && m_s.at(p) != u'#' && m_s.at(p) != u'\n') {
            qsizetype valueEnd = p;
            while (valueEnd < m_n && m_s.at(valueEnd) != u'#' && m_s.at(valueEnd) != u'\n')
                ++valueEnd;
            match.hasValue = true;
            match.value = m_s.mid(p, valueEnd - p);
            match.end = tail(valueEnd);
            return;
        }
        match.hasValue = false;
        match.end = tail(p);
    }

    // Key, optional separator and value, tail; starting at the first character of the key.
    bool keyAndRest(qsizetype k, LineMatch &match) const
    {
        qsizetype keyEnd = k;
        while (keyEnd < m_n && isKeyChar(m_s.at(keyEnd)))
            ++keyEnd;
        if (keyEnd == k)
            return false;
        match.keyStart = k;
        match.key = m_s.mid(k, keyEnd - k);
        const qsizetype w = skipSpace(keyEnd);
        if (w < m_n && m_s.at(w) == u'=') { // `\s*=\s*?`
            valueAndTail(w + 1, match);
            return match.end >= 0;
        }
        if (keyEnd + 1 < m_n && m_s.at(keyEnd) == u':' && isSpace(m_s.at(keyEnd + 1))) {
            valueAndTail(keyEnd + 2, match); // `:\s+?`, lazily one character
            return match.end >= 0;
        }
        match.hasValue = false;
        match.end = tail(keyEnd);
        return match.end >= 0;
    }

    // Everything after the leading `^\s*`; q is the first non-space character.
    LineMatch matchAt(qsizetype q) const
    {
        static const QString exportWord = QStringLiteral("export");
        LineMatch match;
        if (QStringView(m_s).mid(q).startsWith(exportWord) && q + 6 < m_n
            && isSpace(m_s.at(q + 6))) {
            match.exported = true;
            if (keyAndRest(skipSpace(q + 6), match))
                return match;
            match = LineMatch {};
        }
        if (!keyAndRest(q, match))
            match.end = -1;
        return match;
    }

private:
    const QString &m_s;
    qsizetype m_n;
};

// Ruby's String#strip: ASCII whitespace and NUL.
QString rubyStrip(const QString &s)
{
    auto isStrip = [](QChar c) { return isSpace(c) || c.unicode() == 0; };
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isStrip(s.at(b)))
        ++b;
    while (e > b && isStrip(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

// value.gsub(/\\([^$])/, '\1')
QString unescapeCharacters(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'\\' && i + 1 < s.size() && s.at(i + 1) != u'$') {
            out.append(s.at(i + 1));
            ++i;
        } else {
            out.append(s.at(i));
        }
    }
    return out;
}

bool isVariableChar(QChar c)
{
    return isWordChar(c); // [A-Z0-9_] with /i
}

// The state shared while one value is being substituted.
struct ValueState
{
    bool substituted = false;
    bool ranCommand = false;
    bool pending = false;
    bool usesKamalCli = false;
    QStringList commands;
    QStringList pendingDependencies;
};

struct StoredValue
{
    QString value;
    bool pending = false;
};

class FileParser
{
public:
    FileParser(const SecretsContext &context)
        : m_context(context)
    { }

    SecretsFileResult parse(const QString &original, const QString &fileName);

private:
    // Dotenv::Substitutions::Variable.call(value, @hash) as dotenv 3 defines it.
    QString substituteVariables(const QString &s, ValueState &state) const;
    // Kamal's InlineCommandSubstitution.call.
    QString substituteCommands(const QString &s, ValueState &state) const;
    QString parseValue(const QString &raw, ValueState &state) const;
    bool legacyLinebreaks() const;

    const SecretsContext &m_context;
    QHash<QString, StoredValue> m_hash;
};

bool FileParser::legacyLinebreaks() const
{
    static const QString name = QStringLiteral("DOTENV_LINEBREAK_MODE");
    const auto it = m_hash.constFind(name);
    if (it != m_hash.constEnd())
        return !it->pending && it->value == u"legacy";
    if (!m_context.variable)
        return false;
    const std::optional<QString> value = m_context.variable(name);
    return value && *value == u"legacy";
}

QString FileParser::substituteVariables(const QString &s, ValueState &state) const
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const bool escaped = s.at(i) == u'\\';
        const qsizetype dollar = escaped ? i + 1 : i;
        if (dollar >= n || s.at(dollar) != u'$' || (dollar + 1 < n && s.at(dollar + 1) == u'(')) {
            out.append(s.at(i));
            ++i;
            continue;
        }
        qsizetype p = dollar + 1;
        if (p < n && s.at(p) == u'{')
            ++p;
        const qsizetype nameStart = p;
        while (p < n && isVariableChar(s.at(p)))
            ++p;
        const qsizetype nameEnd = p;
        if (p < n && s.at(p) == u'}')
            ++p;
        // An escaped match loses its backslash; a `$` without a name stays as it is.
        if (escaped || nameEnd == nameStart) {
            out.append(QStringView(s).mid(dollar, p - dollar));
        } else {
            const QString name = s.mid(nameStart, nameEnd - nameStart);
            state.substituted = true;
            const auto it = m_hash.constFind(name);
            if (it != m_hash.constEnd()) {
                if (it->pending) {
                    state.pending = true;
                    if (!state.pendingDependencies.contains(name))
                        state.pendingDependencies.append(name);
                }
                out.append(it->value);
            } else if (m_context.variable) {
                out.append(m_context.variable(name).value_or(QString()));
            }
        }
        i = p;
    }
    return out;
}

// For every '(' that can open Kamal's `\((?:\\.|[^()\\]|\g<cmd>)+\)`, the index of its
// closing ')', or -1. Backslash pairs are atoms; a backslash before a newline or at the end,
// or an empty "()", cannot be matched and fails every group still open around it.
QList<qsizetype> matchParentheses(const QString &s)
{
    QList<qsizetype> close(s.size(), -1);
    QList<qsizetype> open;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            if (i + 1 < s.size() && s.at(i + 1) != u'\n') {
                i += 2;
                continue;
            }
            open.clear();
        } else if (c == u'(') {
            open.append(i);
        } else if (c == u')' && !open.isEmpty()) {
            if (open.last() == i - 1)
                open.clear();
            else
                close[open.takeLast()] = i;
        }
        ++i;
    }
    return close;
}

bool isKamalSecretsCommand(const QString &command)
{
    // /\A\s*kamal\s*secrets\s+/
    qsizetype p = 0;
    const qsizetype n = command.size();
    while (p < n && isSpace(command.at(p)))
        ++p;
    if (!QStringView(command).mid(p).startsWith(u"kamal"))
        return false;
    p += 5;
    while (p < n && isSpace(command.at(p)))
        ++p;
    if (!QStringView(command).mid(p).startsWith(u"secrets"))
        return false;
    p += 7;
    return p < n && isSpace(command.at(p));
}

QString FileParser::substituteCommands(const QString &s, ValueState &state) const
{
    if (!s.contains(u"$("))
        return s;
    const QList<qsizetype> close = matchParentheses(s);
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const bool escaped = s.at(i) == u'\\';
        const qsizetype dollar = escaped ? i + 1 : i;
        if (dollar + 1 >= n || s.at(dollar) != u'$' || s.at(dollar + 1) != u'('
            || close.at(dollar + 1) < 0) {
            out.append(s.at(i));
            ++i;
            continue;
        }
        const qsizetype end = close.at(dollar + 1);
        if (escaped) {
            out.append(QStringView(s).mid(dollar, end + 1 - dollar));
        } else {
            ValueState inner;
            const QString command = substituteVariables(s.mid(dollar + 2, end - dollar - 2), inner);
            state.substituted = state.substituted || inner.substituted;
            for (const QString &dependency : std::as_const(inner.pendingDependencies)) {
                if (!state.pendingDependencies.contains(dependency))
                    state.pendingDependencies.append(dependency);
            }
            if (inner.pending) {
                // The command text is not known until those keys are approved: never run a
                // guess of it.
                state.pending = true;
            } else {
                state.commands.append(command);
                state.usesKamalCli = state.usesKamalCli || isKamalSecretsCommand(command);
                std::optional<QString> output;
                if (m_context.runCommand)
                    output = m_context.runCommand(command);
                if (output) {
                    state.ranCommand = true;
                    out.append(*output);
                } else {
                    state.pending = true;
                }
            }
        }
        i = end + 1;
    }
    return out;
}

QString FileParser::parseValue(const QString &raw, ValueState &state) const
{
    QString value = rubyStrip(raw);
    // value.sub(/\A(['"])(.*)\1\z/m, '\2')
    QChar quote;
    if (value.size() >= 2 && (value.front() == u'\'' || value.front() == u'"')
        && value.back() == value.front()) {
        quote = value.front();
        value = value.mid(1, value.size() - 2);
    }
    if (quote == u'\'')
        return value;
    if (quote == u'"') {
        if (legacyLinebreaks()) {
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            value.replace(QStringLiteral("\\r"), QStringLiteral("\r"));
        } else {
            // Ruby's replacement "\\\\\\n" yields two backslashes and n; unescaping then
            // leaves the two characters backslash-n.
            value.replace(QStringLiteral("\\n"), QStringLiteral("\\\\n"));
            value.replace(QStringLiteral("\\r"), QStringLiteral("\\\\r"));
        }
    }
    value = unescapeCharacters(value);
    // dotenv 3 runs command substitution before variable substitution.
    value = substituteCommands(value, state);
    return substituteVariables(value, state);
}

SecretsFileResult FileParser::parse(const QString &original, const QString &fileName)
{
    SecretsFileResult result;
    // string.gsub(/\r\n?/, "\n")
    QString text = original;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    QList<qsizetype> lineStarts {0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            lineStarts.append(i + 1);
    }
    auto lineOf = [&lineStarts](qsizetype offset) {
        const auto it = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset);
        return static_cast<int>(it - lineStarts.cbegin());
    };
    auto diagnostic = [&](Config::Severity severity, const QString &code, qsizetype offset,
                          const QString &message, const QString &hint) {
        Config::Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.location.file = fileName;
        d.location.line = lineOf(offset);
        d.location.column = static_cast<int>(offset - lineStarts.at(d.location.line - 1)) + 1;
        d.location.offset = offset;
        d.message = message;
        d.hint = hint;
        result.diagnostics.append(d);
    };

    QHash<QString, qsizetype> entryIndex;
    QList<std::pair<qsizetype, qsizetype>> covered;
    const LineMatcher matcher(text);
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos <= n) {
        if (pos > 0 && text.at(pos - 1) != u'\n') { // `^`: only at the start of a line
            const qsizetype nl = text.indexOf(u'\n', pos);
            if (nl < 0)
                break;
            pos = nl + 1;
        }
        const qsizetype q = matcher.skipSpace(pos);
        const LineMatch match = matcher.matchAt(q);
        if (match.end < 0) {
            // Every line start inside the same run of blanks reaches the same q and fails too.
            pos = q + 1;
            continue;
        }
        covered.append({q, match.end});
        pos = match.end;

        if (match.exported && !match.hasValue) {
            if (!m_hash.contains(match.key)) {
                diagnostic(Config::Severity::Error, QStringLiteral("secrets.unset-variable"),
                           match.keyStart,
                           QCoreApplication::translate("SecretsFile",
                                                       "Line exports %1 without a value and "
                                                       "no earlier line sets it")
                               .arg(match.key),
                           QCoreApplication::translate("SecretsFile",
                                                       "Kamal stops with Dotenv::FormatError "
                                                       "(“has an unset variable”); give the "
                                                       "key a value or remove the line."));
            }
            continue;
        }
        ValueState state;
        const QString value = parseValue(match.hasValue ? match.value : QString(), state);
        m_hash.insert(match.key, StoredValue {state.pending ? QString() : value, state.pending});

        SecretEntry entry;
        entry.name = match.key;
        entry.value = state.pending ? QString() : value;
        entry.kind = state.pending ? SecretEntry::Kind::PendingCommand
            : state.ranCommand     ? SecretEntry::Kind::Command
            : state.substituted    ? SecretEntry::Kind::Substituted
                                   : SecretEntry::Kind::Literal;
        entry.commands = state.commands;
        entry.usesKamalSecretsCli = state.usesKamalCli;
        entry.pendingDependencies = state.pendingDependencies;
        entry.line = lineOf(match.keyStart);
        const auto it = entryIndex.constFind(entry.name);
        if (it != entryIndex.constEnd()) {
            result.entries[*it] = entry;
        } else {
            entryIndex.insert(entry.name, result.entries.size());
            result.entries.append(entry);
        }
    }

    // dotenv silently skips what LINE does not match; say which lines that was.
    qsizetype range = 0;
    for (qsizetype l = 0; l < lineStarts.size(); ++l) {
        const qsizetype lineEnd = l + 1 < lineStarts.size() ? lineStarts.at(l + 1) - 1 : n;
        qsizetype first = lineStarts.at(l);
        while (first < lineEnd && isSpace(text.at(first)))
            ++first;
        if (first >= lineEnd || text.at(first) == u'#')
            continue;
        while (range < covered.size() && covered.at(range).second <= first)
            ++range;
        if (range < covered.size() && covered.at(range).first <= first)
            continue;
        diagnostic(Config::Severity::Info, QStringLiteral("secrets.ignored-line"), first,
                   QCoreApplication::translate("SecretsFile",
                                               "Line %1 is not a KEY=value line; Kamal ignores it")
                       .arg(l + 1),
                   QCoreApplication::translate("SecretsFile",
                                               "Write it as KEY=value, or start it with # to "
                                               "make it a comment."));
    }
    return result;
}

} // namespace

SecretsFileResult parseSecretsFile(const QString &text, const QString &fileName,
                                   const SecretsContext &context)
{
    FileParser parser(context);
    return parser.parse(text, fileName);
}

QStringList secretsFilesFor(const QString &secretsPath, const QString &destination)
{
    QStringList files {secretsPath + u"-common"};
    files.append(destination.isEmpty() ? secretsPath : secretsPath + u'.' + destination);
    return files;
}

} // namespace Berth::Secrets
