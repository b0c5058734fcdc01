#include "core/config/Erb.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace Berth::Config {

namespace {

using Kind = ErbTag::Kind;
using Status = ErbTag::Status;

// Recursion cap for the Ruby lexer and parser: real tags nest two or three levels; fuzzed
// input ("((((…") must not exhaust the stack.
constexpr int MaxNesting = 48;
// Operands in one tag; real tags have a handful.
constexpr int MaxOperands = 256;
constexpr int MaxOpaqueOperands = 8;

constexpr QStringView KamalDestination = u"KAMAL_DESTINATION";

bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isIdentStart(char16_t c)
{
    // Ruby accepts any non-ASCII character in identifiers.
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c >= 0x80;
}

bool isIdentChar(char16_t c)
{
    return isIdentStart(c) || isDigit(c);
}

// ---------------------------------------------------------------------------------------------
// The ERB scanner. With trim_mode "-" and no percent lines, Ruby's ERB uses ExplicitScanner
// (erb/compiler.rb): outside a tag it looks for `^[ \t]*<%-`, `<%-`, `<%%`, `<%=`, `<%#`, `<%`;
// inside a tag for `-%>`, `%%>`, `%>`. StringScanner anchors `^` at line starts *and* at the
// position where the previous match ended, so `<%= a %> <%- b %>` loses the space too.

struct ScanEvent
{
    enum class Type {
        Text, // [start, end) copied unchanged
        LiteralPercent, // "<%%" at start: renders as "<%"
        Drop, // [start, end) removed by a trim marker
        Tag, // a tag from start ("<%") to end
    };
    Type type = Type::Text;
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Code;
    QString content; // the tag's code as Ruby receives it ("%%>" already turned into "%>")
    bool closed = true;
};

std::vector<ScanEvent> scanErb(const QString &t)
{
    std::vector<ScanEvent> events;
    const qsizetype n = t.size();
    qsizetype pos = 0;
    const auto text = [&events](qsizetype from, qsizetype to) {
        if (to > from)
            events.push_back({ScanEvent::Type::Text, from, to, Kind::Code, {}, true});
    };
    while (pos < n) {
        const qsizetype k = t.indexOf(QLatin1String("<%"), pos);
        if (k < 0) {
            text(pos, n);
            break;
        }
        const char16_t marker = k + 2 < n ? t.at(k + 2).unicode() : u'\0';
        qsizetype bodyStart = k + 2;
        Kind kind = Kind::Code;
        if (marker == u'-') {
            qsizetype indent = k;
            while (indent > pos && (t.at(indent - 1) == u' ' || t.at(indent - 1) == u'\t'))
                --indent;
            const bool lineStart = indent == pos || t.at(indent - 1) == u'\n';
            text(pos, lineStart ? indent : k);
            if (lineStart && indent < k)
                events.push_back({ScanEvent::Type::Drop, indent, k, Kind::Code, {}, true});
            bodyStart = k + 3;
        } else if (marker == u'%') {
            text(pos, k);
            events.push_back({ScanEvent::Type::LiteralPercent, k, k + 3, Kind::Code, {}, true});
            pos = k + 3;
            continue;
        } else {
            text(pos, k);
            if (marker == u'=') {
                kind = Kind::Output;
                bodyStart = k + 3;
            } else if (marker == u'#') {
                kind = Kind::Comment;
                bodyStart = k + 3;
            }
        }

        ScanEvent tag {ScanEvent::Type::Tag, k, n, kind, {}, false};
        qsizetype p = bodyStart;
        qsizetype swallowed = 0;
        for (;;) {
            const qsizetype m = t.indexOf(QLatin1String("%>"), p);
            if (m < 0) {
                tag.content += QStringView(t).mid(p);
                break;
            }
            const char16_t before = m - 1 >= p ? t.at(m - 1).unicode() : u'\0';
            if (before == u'%') {
                tag.content += QStringView(t).mid(p, m - 1 - p);
                tag.content += QLatin1String("%>");
                p = m + 2;
                continue;
            }
            tag.closed = true;
            tag.end = m + 2;
            if (before == u'-') {
                tag.content += QStringView(t).mid(p, m - 1 - p);
                if (tag.end < n && t.at(tag.end) == u'\n')
                    swallowed = 1;
                else if (tag.end + 1 < n && t.at(tag.end) == u'\r' && t.at(tag.end + 1) == u'\n')
                    swallowed = 2;
            } else {
                tag.content += QStringView(t).mid(p, m - p);
            }
            break;
        }
        const qsizetype tagEnd = tag.end;
        events.push_back(std::move(tag));
        if (swallowed > 0)
            events.push_back(
                {ScanEvent::Type::Drop, tagEnd, tagEnd + swallowed, Kind::Code, {}, true});
        pos = tagEnd + swallowed;
    }
    return events;
}

// ---------------------------------------------------------------------------------------------
// A Ruby tokenizer good enough to skip strings, comments and literals reliably. It does not
// evaluate anything: it finds ENV names in any tag, measures whether a tag Berth cannot
// evaluate opens or closes a block (`each do`, `if`, `end`), and delimits an operand of `||`
// that only Ruby can compute. When it meets something it cannot delimit for sure (heredocs,
// `=begin`, an ambiguous `/` or `%`), it says so and callers assume the worst.

struct RubyToken
{
    enum class Type {
        Word, // identifier or method name
        Constant, // identifier starting with an uppercase letter
        Keyword,
        Number,
        Literal, // string, symbol with quotes, regexp, %-literal, character literal
        Symbol,
        Label, // `name:` in a hash or keyword argument
        Variable, // @ivar, @@cvar, $global
        Operator,
        Open,
        Close,
        Newline,
        Semicolon,
    };
    Type type = Type::Operator;
    qsizetype start = 0;
    qsizetype end = 0;
    int nest = 0; // 0 in the tag's code, 1+ inside "#{…}" interpolations
};

bool isKeyword(QStringView w)
{
    static const QSet<QString> keywords
        = {QStringLiteral("alias"),    QStringLiteral("and"),         QStringLiteral("begin"),
           QStringLiteral("BEGIN"),    QStringLiteral("break"),       QStringLiteral("case"),
           QStringLiteral("class"),    QStringLiteral("def"),         QStringLiteral("defined?"),
           QStringLiteral("do"),       QStringLiteral("else"),        QStringLiteral("elsif"),
           QStringLiteral("end"),      QStringLiteral("END"),         QStringLiteral("ensure"),
           QStringLiteral("false"),    QStringLiteral("for"),         QStringLiteral("if"),
           QStringLiteral("in"),       QStringLiteral("module"),      QStringLiteral("next"),
           QStringLiteral("nil"),      QStringLiteral("not"),         QStringLiteral("or"),
           QStringLiteral("redo"),     QStringLiteral("rescue"),      QStringLiteral("retry"),
           QStringLiteral("return"),   QStringLiteral("self"),        QStringLiteral("super"),
           QStringLiteral("then"),     QStringLiteral("true"),        QStringLiteral("undef"),
           QStringLiteral("unless"),   QStringLiteral("until"),       QStringLiteral("when"),
           QStringLiteral("while"),    QStringLiteral("yield"),       QStringLiteral("__FILE__"),
           QStringLiteral("__LINE__"), QStringLiteral("__ENCODING__")};
    return keywords.contains(w.toString());
}

// Keywords that end a value, after which `if` is a modifier and `/` a division.
bool isValueKeyword(QStringView w)
{
    return w == u"end" || w == u"self" || w == u"nil" || w == u"true" || w == u"false"
        || w == u"super" || w == u"__FILE__" || w == u"__LINE__" || w == u"__ENCODING__";
}

class RubyLexer
{
public:
    explicit RubyLexer(QStringView code)
        : m_s(code)
    { }

    // False when the code holds something the lexer cannot delimit for sure.
    bool run()
    {
        lexCode(0, false);
        return !m_confused;
    }

    std::vector<RubyToken> tokens;

private:
    [[nodiscard]] char16_t at(qsizetype i) const
    {
        return i < m_s.size() ? m_s[i].unicode() : u'\0';
    }
    [[nodiscard]] QStringView textOf(const RubyToken &t) const
    {
        return m_s.mid(t.start, t.end - t.start);
    }

    void push(RubyToken::Type type, qsizetype start, qsizetype end, int nest)
    {
        tokens.push_back({type, start, end, nest});
    }

    // The last token at this nesting level, if the previous token belongs to it.
    [[nodiscard]] const RubyToken *previous(int nest) const
    {
        if (tokens.empty() || tokens.back().nest != nest)
            return nullptr;
        return &tokens.back();
    }

    [[nodiscard]] bool endsValue(const RubyToken *t) const
    {
        if (!t)
            return false;
        switch (t->type) {
        case RubyToken::Type::Word:
        case RubyToken::Type::Constant:
        case RubyToken::Type::Number:
        case RubyToken::Type::Literal:
        case RubyToken::Type::Symbol:
        case RubyToken::Type::Variable:
        case RubyToken::Type::Close: return true;
        case RubyToken::Type::Keyword: return isValueKeyword(textOf(*t));
        default: return false;
        }
    }

    [[nodiscard]] bool atLineStartDirective(qsizetype i) const
    {
        const QStringView rest = m_s.mid(i);
        if (rest.startsWith(u"=begin"))
            return true;
        return rest.startsWith(u"__END__")
            && (rest.size() == 7 || rest[7] == u'\n' || rest[7] == u'\r');
    }

    void lexDelimited(qsizetype tokenStart, char16_t open, char16_t close, bool interpolate,
                      int nest)
    {
        ++m_i; // the opening delimiter
        int depth = 0;
        while (m_i < m_s.size()) {
            const char16_t c = at(m_i);
            if (c == u'\\') {
                m_i += 2;
                continue;
            }
            if (interpolate && c == u'#' && at(m_i + 1) == u'{') {
                m_i += 2;
                if (nest + 1 > MaxNesting) {
                    m_confused = true;
                    return;
                }
                lexCode(nest + 1, true);
                if (m_confused)
                    return;
                continue;
            }
            if (open != u'\0' && c == open) {
                ++depth;
            } else if (c == close) {
                if (depth == 0) {
                    ++m_i;
                    push(RubyToken::Type::Literal, tokenStart, m_i, nest);
                    return;
                }
                --depth;
            }
            ++m_i;
        }
        m_confused = true; // unterminated
    }

    static char16_t closingFor(char16_t open)
    {
        switch (open) {
        case u'(': return u')';
        case u'[': return u']';
        case u'{': return u'}';
        case u'<': return u'>';
        default: return open;
        }
    }

    void lexPercentLiteral(int nest)
    {
        const qsizetype start = m_i;
        qsizetype j = m_i + 1;
        bool interpolate = true;
        const char16_t kind = at(j);
        if ((kind >= u'a' && kind <= u'z') || (kind >= u'A' && kind <= u'Z')) {
            if (!QStringView(u"qQwWiIrsx").contains(QChar(kind))) {
                m_confused = true;
                return;
            }
            interpolate = !(kind == u'q' || kind == u'w' || kind == u'i' || kind == u's');
            ++j;
        }
        const char16_t delimiter = at(j);
        if (delimiter == u'\0' || isIdentChar(delimiter) || isBlank(delimiter)
            || delimiter == u'\n') {
            m_confused = true;
            return;
        }
        m_i = j;
        const char16_t close = closingFor(delimiter);
        lexDelimited(start, close != delimiter ? delimiter : u'\0', close, interpolate, nest);
    }

    void lexCode(int nest, bool inInterpolation)
    {
        static const std::array<QStringView, 24> operators
            = {u"**=", u"<=>", u"===", u"...", u"<<=", u">>=", u"&&=", u"||=",
               u"**",  u"==",  u"!=",  u">=",  u"<=",  u"&&",  u"||",  u"<<",
               u">>",  u"=~",  u"!~",  u"::",  u"..",  u"=>",  u"->",  u"&."};
        int braces = 0;
        bool space = false;
        if (m_i == 0 && atLineStartDirective(0))
            m_confused = true;
        while (m_i < m_s.size() && !m_confused) {
            const char16_t c = at(m_i);
            if (isBlank(c)) {
                ++m_i;
                space = true;
                continue;
            }
            const bool spaceBefore = space;
            space = false;
            const qsizetype start = m_i;
            const RubyToken *prev = previous(nest);
            const bool afterValue = endsValue(prev);

            if (c == u'\\' && at(m_i + 1) == u'\n') {
                m_i += 2;
                space = true;
                continue;
            }
            if (c == u'\n') {
                push(RubyToken::Type::Newline, start, ++m_i, nest);
                if (atLineStartDirective(m_i))
                    m_confused = true;
                continue;
            }
            if (c == u'#') {
                while (m_i < m_s.size() && at(m_i) != u'\n')
                    ++m_i;
                continue;
            }
            if (c == u';') {
                push(RubyToken::Type::Semicolon, start, ++m_i, nest);
                continue;
            }
            if (inInterpolation && c == u'}' && braces == 0) {
                ++m_i;
                return;
            }
            if (isDigit(c)) {
                while (m_i < m_s.size()
                       && (isIdentChar(at(m_i)) || (at(m_i) == u'.' && isDigit(at(m_i + 1)))))
                    ++m_i;
                push(RubyToken::Type::Number, start, m_i, nest);
                continue;
            }
            if (isIdentStart(c)) {
                while (m_i < m_s.size() && isIdentChar(at(m_i)))
                    ++m_i;
                const char16_t suffix = at(m_i);
                if ((suffix == u'?' || suffix == u'!')
                    && (at(m_i + 1) != u'=' || at(m_i + 2) == u'=' || at(m_i + 2) == u'~'))
                    ++m_i;
                const QStringView word = m_s.mid(start, m_i - start);
                const bool afterDot = prev && prev->type == RubyToken::Type::Operator
                    && (textOf(*prev) == u"." || textOf(*prev) == u"&." || textOf(*prev) == u"::");
                const bool afterDef
                    = prev && prev->type == RubyToken::Type::Keyword && textOf(*prev) == u"def";
                if (at(m_i) == u':' && at(m_i + 1) != u':') {
                    ++m_i;
                    push(RubyToken::Type::Label, start, m_i, nest);
                } else if (!afterDot && !afterDef && isKeyword(word)) {
                    push(RubyToken::Type::Keyword, start, m_i, nest);
                } else if (c >= u'A' && c <= u'Z') {
                    push(RubyToken::Type::Constant, start, m_i, nest);
                } else {
                    push(RubyToken::Type::Word, start, m_i, nest);
                }
                continue;
            }
            if (c == u'@' || c == u'$') {
                ++m_i;
                if (c == u'@' && at(m_i) == u'@')
                    ++m_i;
                if (isIdentChar(at(m_i))) {
                    while (m_i < m_s.size() && isIdentChar(at(m_i)))
                        ++m_i;
                } else if (c == u'$' && m_i < m_s.size()) {
                    ++m_i; // $! $0 $~ …
                } else {
                    m_confused = true;
                    return;
                }
                push(RubyToken::Type::Variable, start, m_i, nest);
                continue;
            }
            if (c == u'"' || c == u'`') {
                lexDelimited(start, u'\0', c, true, nest);
                continue;
            }
            if (c == u'\'') {
                lexDelimited(start, u'\0', c, false, nest);
                continue;
            }
            if (c == u':' && at(m_i + 1) != u':') {
                const char16_t next = at(m_i + 1);
                if (next == u'"' || next == u'\'') {
                    ++m_i;
                    lexDelimited(start, u'\0', next, next == u'"', nest);
                    continue;
                }
                if (isIdentStart(next) && (!afterValue || spaceBefore)) {
                    ++m_i;
                    while (m_i < m_s.size() && isIdentChar(at(m_i)))
                        ++m_i;
                    if (at(m_i) == u'?' || at(m_i) == u'!' || at(m_i) == u'=')
                        ++m_i;
                    push(RubyToken::Type::Symbol, start, m_i, nest);
                    continue;
                }
                push(RubyToken::Type::Operator, start, ++m_i, nest);
                continue;
            }
            if (c == u'?' && !afterValue) {
                // ?a is a one-character string literal
                const char16_t next = at(m_i + 1);
                if (next == u'\\' && m_i + 2 < m_s.size() && !isIdentChar(at(m_i + 3))) {
                    m_i += 3;
                    push(RubyToken::Type::Literal, start, m_i, nest);
                    continue;
                }
                if (next != u'\0' && !isBlank(next) && next != u'\n' && !isIdentChar(at(m_i + 2))) {
                    m_i += 2;
                    push(RubyToken::Type::Literal, start, m_i, nest);
                    continue;
                }
                m_confused = true;
                return;
            }
            if (c == u'%' || c == u'/') {
                const char16_t next = at(m_i + 1);
                const bool mayBeArgument = prev && prev->type == RubyToken::Type::Word
                    && spaceBefore && !isBlank(next) && next != u'=' && next != u'\n';
                if (mayBeArgument) {
                    // `foo /x/` or `foo %w[a]`: a literal argument or a division; Ruby
                    // decides by whether foo is a local variable. Berth does not know.
                    m_confused = true;
                    return;
                }
                if (!afterValue) {
                    if (c == u'%')
                        lexPercentLiteral(nest);
                    else
                        lexDelimited(start, u'\0', u'/', true, nest);
                    if (!m_confused && c == u'/') {
                        while (m_i < m_s.size() && at(m_i) >= u'a' && at(m_i) <= u'z')
                            ++m_i; // flags
                        tokens.back().end = m_i;
                    }
                    continue;
                }
            }
            if (c == u'<' && at(m_i + 1) == u'<') {
                const char16_t next = at(m_i + 2);
                const bool heredoc = next == u'~' || next == u'-' || next == u'"' || next == u'\''
                    || next == u'`' || isIdentStart(next);
                if (heredoc
                    && (!afterValue || (prev->type == RubyToken::Type::Word && spaceBefore))) {
                    m_confused = true;
                    return;
                }
            }
            if (c == u'(' || c == u'[' || c == u'{') {
                if (inInterpolation && c == u'{')
                    ++braces;
                push(RubyToken::Type::Open, start, ++m_i, nest);
                continue;
            }
            if (c == u')' || c == u']' || c == u'}') {
                if (inInterpolation && c == u'}')
                    --braces;
                push(RubyToken::Type::Close, start, ++m_i, nest);
                continue;
            }
            qsizetype length = 1;
            for (const QStringView op : operators) {
                if (m_s.mid(m_i).startsWith(op)) {
                    length = op.size();
                    break;
                }
            }
            m_i += length;
            push(RubyToken::Type::Operator, start, m_i, nest);
        }
        if (inInterpolation)
            m_confused = true;
    }

    QStringView m_s;
    qsizetype m_i = 0;
    bool m_confused = false;
};

struct LexedCode
{
    std::vector<RubyToken> tokens;
    bool reliable = false;
};

LexedCode lexRuby(QStringView code)
{
    RubyLexer lexer(code);
    LexedCode lexed;
    lexed.reliable = lexer.run();
    lexed.tokens = std::move(lexer.tokens);
    return lexed;
}

QStringView tokenText(QStringView code, const RubyToken &t)
{
    return code.mid(t.start, t.end - t.start);
}

bool startsStatement(QStringView code, const RubyToken *prev)
{
    if (!prev)
        return true;
    switch (prev->type) {
    case RubyToken::Type::Newline:
    case RubyToken::Type::Semicolon:
    case RubyToken::Type::Open:
    case RubyToken::Type::Operator:
    case RubyToken::Type::Label: return true;
    case RubyToken::Type::Keyword: return !isValueKeyword(tokenText(code, *prev));
    default: return false;
    }
}

// How many blocks the code leaves open (negative: closes blocks opened by earlier tags), or
// nullopt when the lexer could not follow it.
std::optional<int> blockBalance(QStringView code, const LexedCode &lexed)
{
    if (!lexed.reliable)
        return std::nullopt;
    std::array<const RubyToken *, MaxNesting + 2> previous {};
    std::array<bool, MaxNesting + 2> loopAwaitsDo {};
    int balance = 0;
    for (const RubyToken &t : lexed.tokens) {
        const auto nest = static_cast<size_t>(std::clamp(t.nest, 0, MaxNesting + 1));
        const RubyToken *prev = previous[nest];
        switch (t.type) {
        case RubyToken::Type::Keyword: {
            const QStringView w = tokenText(code, t);
            if (w == u"def" || w == u"class" || w == u"module" || w == u"begin" || w == u"case") {
                ++balance;
            } else if (w == u"for") {
                ++balance;
                loopAwaitsDo[nest] = true;
            } else if (w == u"while" || w == u"until") {
                if (startsStatement(code, prev)) {
                    ++balance;
                    loopAwaitsDo[nest] = true;
                }
            } else if (w == u"if" || w == u"unless") {
                if (startsStatement(code, prev))
                    ++balance;
            } else if (w == u"do") {
                if (loopAwaitsDo[nest])
                    loopAwaitsDo[nest] = false;
                else
                    ++balance;
            } else if (w == u"end") {
                --balance;
            }
            break;
        }
        case RubyToken::Type::Open: ++balance; break;
        case RubyToken::Type::Close: --balance; break;
        case RubyToken::Type::Newline:
        case RubyToken::Type::Semicolon: loopAwaitsDo[nest] = false; break;
        default: break;
        }
        previous[nest] = &t;
    }
    return balance;
}

// ENV names written as literals: ENV["X"], ENV['X'], ENV.fetch("X" …), also inside code Berth
// does not evaluate, so the Secrets page lists every variable a file may read.
QStringList literalEnvNames(QStringView code, const LexedCode &lexed)
{
    QStringList names;
    const auto &toks = lexed.tokens;
    const auto simpleString = [&](size_t i) -> std::optional<QString> {
        if (i >= toks.size() || toks[i].type != RubyToken::Type::Literal)
            return std::nullopt;
        const QStringView text = tokenText(code, toks[i]);
        if (text.size() < 2 || (text.front() != u'"' && text.front() != u'\'')
            || text.back() != text.front())
            return std::nullopt;
        const QStringView inner = text.mid(1, text.size() - 2);
        if (inner.isEmpty() || inner.contains(u'\\') || inner.contains(u'#'))
            return std::nullopt;
        return inner.toString();
    };
    for (size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].type != RubyToken::Type::Constant || tokenText(code, toks[i]) != u"ENV")
            continue;
        const auto is = [&](size_t j, RubyToken::Type type, QStringView text) {
            return j < toks.size() && toks[j].type == type && tokenText(code, toks[j]) == text;
        };
        std::optional<QString> name;
        if (is(i + 1, RubyToken::Type::Open, u"[") && toks[i + 1].start == toks[i].end)
            name = simpleString(i + 2);
        else if ((is(i + 1, RubyToken::Type::Operator, u".")
                  || is(i + 1, RubyToken::Type::Operator, u"&."))
                 && is(i + 2, RubyToken::Type::Word, u"fetch")
                 && is(i + 3, RubyToken::Type::Open, u"("))
            name = simpleString(i + 4);
        if (name && !names.contains(*name))
            names.append(*name);
    }
    return names;
}

// Why Ruby is needed, for the diagnostic.
enum class Reason {
    Shell,
    File,
    Method,
    Loop,
    Condition,
    Assignment,
    Name,
    Dotenv,
    Require,
    Other
};

struct Why
{
    Reason reason = Reason::Other;
    QString name; // Reason::Name, Reason::Require
};

Why classify(QStringView code, const LexedCode &lexed)
{
    bool file = false, method = false, loop = false, condition = false, assignment = false;
    QString firstName;
    const RubyToken *prev = nullptr;
    const auto &toks = lexed.tokens;
    for (size_t i = 0; i < toks.size(); ++i) {
        const RubyToken &t = toks[i];
        const QStringView text = tokenText(code, t);
        if ((t.type == RubyToken::Type::Word || t.type == RubyToken::Type::Variable)
            && i + 1 < toks.size() && toks[i + 1].type == RubyToken::Type::Operator) {
            const QStringView op = tokenText(code, toks[i + 1]);
            if (op == u"=" || op == u"||=" || op == u"+=")
                assignment = true;
        }
        switch (t.type) {
        case RubyToken::Type::Literal:
            if (text.startsWith(u'`') || text.startsWith(u"%x"))
                return {Reason::Shell, {}};
            break;
        case RubyToken::Type::Keyword:
            if (text == u"def")
                method = true;
            else if (text == u"for" || text == u"while" || text == u"until")
                loop = true;
            else if (text == u"if" || text == u"unless" || text == u"case")
                condition = true;
            break;
        case RubyToken::Type::Constant:
            if (text == u"File" || text == u"IO" || text == u"Pathname")
                file = true;
            else if (firstName.isEmpty() && text != u"ENV")
                firstName = text.toString();
            break;
        case RubyToken::Type::Word: {
            const bool afterDot = prev && prev->type == RubyToken::Type::Operator
                && (tokenText(code, *prev) == u"." || tokenText(code, *prev) == u"&.");
            if (afterDot && (text == u"read" || text == u"readlines"))
                file = true;
            else if (afterDot
                         ? (text == u"each" || text == u"times" || text == u"map" || text == u"upto"
                            || text == u"each_with_index" || text == u"each_line")
                         : text == u"loop")
                loop = true;
            else if (!afterDot && firstName.isEmpty() && text != u"require")
                firstName = text.toString();
            break;
        }
        default: break;
        }
        prev = &t;
    }
    if (method)
        return {Reason::Method, {}};
    if (file)
        return {Reason::File, {}};
    if (loop)
        return {Reason::Loop, {}};
    if (condition)
        return {Reason::Condition, {}};
    if (assignment)
        return {Reason::Assignment, {}};
    if (!firstName.isEmpty())
        return {Reason::Name, firstName};
    return {Reason::Other, {}};
}

// ---------------------------------------------------------------------------------------------
// Ruby values and the expressions Berth evaluates.

struct Value
{
    enum class Type { Nil, False, True, String, Integer };
    Type type = Type::Nil;
    QString text; // String: the characters; Integer: canonical decimal digits
    QString origin; // the ENV name a nil came from, for hints

    static Value string(QString s) { return {Type::String, std::move(s), {}}; }
    static Value boolean(bool b) { return {b ? Type::True : Type::False, {}, {}}; }

    [[nodiscard]] bool truthy() const { return type != Type::Nil && type != Type::False; }
    [[nodiscard]] QString toS() const
    {
        switch (type) {
        case Type::Nil: return {};
        case Type::False: return QStringLiteral("false");
        case Type::True: return QStringLiteral("true");
        case Type::String:
        case Type::Integer: return text;
        }
        return {};
    }
};

bool rubyEquals(const Value &a, const Value &b)
{
    if (a.type != b.type)
        return false;
    return a.type != Value::Type::String && a.type != Value::Type::Integer ? true
                                                                           : a.text == b.text;
}

// String#strip: ASCII whitespace and NUL at both ends, nothing else (not Unicode spaces).
QString rubyStrip(const QString &s)
{
    const auto space = [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0 || u == u' ' || (u >= u'\t' && u <= u'\r');
    };
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && space(s.at(begin)))
        ++begin;
    while (end > begin && space(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr
{
    enum class Type {
        Literal,
        Interpolation, // operands: the parts, each converted with to_s
        EnvObject, // bare ENV, only as a receiver while parsing
        EnvIndex, // ENV[operands[0]]
        EnvFetch, // ENV.fetch(operands[0] [, operands[1]]) [{ block }]
        Or,
        And,
        Not,
        Equal,
        NotEqual,
        Method, // operands[0].method (strip, to_s), `&.` when safeNavigation
        Opaque, // an operand of `||` that only Ruby can compute
    };
    Type type = Type::Literal;
    Value literal;
    QString method;
    bool safeNavigation = false;
    bool hasBlock = false;
    std::vector<ExprPtr> operands;
    ExprPtr block; // EnvFetch: the block's body; null for `{ }`
    Why why; // Opaque

    static ExprPtr make(Type type)
    {
        auto e = std::make_unique<Expr>();
        e->type = type;
        return e;
    }
    static ExprPtr value(Value v)
    {
        auto e = make(Type::Literal);
        e->literal = std::move(v);
        return e;
    }
};

struct Statement
{
    enum class Type { Expression, Require, DotenvLoad, If, Unless, Elsif, Else, End };
    Type type = Type::Expression;
    ExprPtr expr; // Expression; the condition of If/Unless/Elsif
    std::vector<ExprPtr> args; // DotenvLoad
    QString name; // Require
};

bool isStructural(Statement::Type t)
{
    return t == Statement::Type::If || t == Statement::Type::Unless || t == Statement::Type::Elsif
        || t == Statement::Type::Else || t == Statement::Type::End;
}

// A recursive-descent parser for the subset, with Ruby's precedence (method calls, then `!`,
// then `==`/`!=` (non-associative), then `&&`, then `||`). Whatever is outside the subset makes
// it fail; the tag then goes to Ruby. It never guesses what unknown Ruby means.
class Parser
{
public:
    Parser(QStringView code, const LexedCode &lexed)
        : m_s(code)
        , m_lexed(lexed)
    { }

    // The code of a `<%= %>` tag: one expression (empty means nil, as `(( ).to_s)` is "").
    ExprPtr parseOutput()
    {
        skipSpace();
        if (atEnd())
            return Expr::value({});
        ExprPtr e = parseExpression(true);
        skipSpace();
        return e && atEnd() ? std::move(e) : nullptr;
    }

    // The code of a `<% %>` tag: statements separated by newlines or `;`.
    std::optional<std::vector<Statement>> parseStatements()
    {
        std::vector<Statement> statements;
        for (;;) {
            while (!atEnd() && (isBlank(peek()) || peek() == u'\n' || peek() == u';'))
                ++m_i;
            if (atEnd())
                return statements;
            auto statement = parseStatement();
            if (!statement)
                return std::nullopt;
            statements.push_back(std::move(*statement));
            skipBlanks();
            if (!atEnd() && peek() != u'\n' && peek() != u';')
                return std::nullopt;
        }
    }

private:
    class Depth
    {
    public:
        explicit Depth(int &depth)
            : m_depth(depth)
        {
            ++m_depth;
        }
        ~Depth() { --m_depth; }
        Depth(const Depth &) = delete;
        Depth &operator=(const Depth &) = delete;
        [[nodiscard]] bool ok() const { return m_depth <= MaxNesting; }

    private:
        int &m_depth;
    };

    [[nodiscard]] bool atEnd() const { return m_i >= m_s.size(); }
    [[nodiscard]] char16_t peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_s.size() ? m_s[m_i + ahead].unicode() : u'\0';
    }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(peek()))
            ++m_i;
    }
    void skipSpace()
    {
        while (!atEnd() && (isBlank(peek()) || peek() == u'\n'))
            ++m_i;
    }
    // The identifier at the cursor, with a `?`/`!` suffix as Ruby's lexer takes it.
    [[nodiscard]] QStringView wordAt(qsizetype i) const
    {
        if (i >= m_s.size() || !isIdentStart(m_s[i].unicode()))
            return {};
        qsizetype j = i;
        while (j < m_s.size() && isIdentChar(m_s[j].unicode()))
            ++j;
        if (j < m_s.size() && (m_s[j] == u'?' || m_s[j] == u'!')
            && !(j + 1 < m_s.size() && m_s[j + 1] == u'='))
            ++j;
        return m_s.mid(i, j - i);
    }
    // After an identifier: `=` that is not `==`/`=~` would make it an assignment.
    [[nodiscard]] bool assignmentFollows() const
    {
        qsizetype j = m_i;
        while (j < m_s.size() && isBlank(m_s[j].unicode()))
            ++j;
        return j < m_s.size() && m_s[j] == u'='
            && !(j + 1 < m_s.size() && (m_s[j + 1] == u'=' || m_s[j + 1] == u'~'));
    }

    // `if`/`elsif`/`else`/`end` are accepted only as a tag of their own (checked by the caller):
    // that is how templates write them, and it keeps block matching a matter of whole tags.
    std::optional<Statement> parseStatement()
    {
        const QStringView word = wordAt(m_i);
        Statement st;
        if (word == u"require") {
            m_i += word.size();
            std::optional<QString> name;
            if (peek() == u'(') {
                ++m_i;
                skipSpace();
                name = parsePlainString();
                skipSpace();
                if (!name || peek() != u')')
                    return std::nullopt;
                ++m_i;
            } else if (isBlank(peek())) {
                skipBlanks();
                name = parsePlainString();
            }
            if (!name)
                return std::nullopt;
            st.type = Statement::Type::Require;
            st.name = *name;
            return st;
        }
        if (word == u"if" || word == u"unless" || word == u"elsif") {
            st.type = word == u"if" ? Statement::Type::If
                : word == u"unless" ? Statement::Type::Unless
                                    : Statement::Type::Elsif;
            m_i += word.size();
            skipBlanks();
            st.expr = parseExpression(true);
            if (!st.expr)
                return std::nullopt;
            skipBlanks();
            if (wordAt(m_i) == u"then")
                m_i += 4;
            return st;
        }
        if (word == u"else" || word == u"end") {
            st.type = word == u"else" ? Statement::Type::Else : Statement::Type::End;
            m_i += word.size();
            return st;
        }
        if (word == u"Dotenv") {
            m_i += word.size();
            skipBlanks();
            if (peek() != u'.')
                return std::nullopt;
            ++m_i;
            skipSpace();
            if (wordAt(m_i) != u"load")
                return std::nullopt;
            m_i += 4;
            st.type = Statement::Type::DotenvLoad;
            if (peek() == u'(') {
                ++m_i;
                skipSpace();
                if (peek() == u')') {
                    ++m_i;
                    return st;
                }
                for (;;) {
                    ExprPtr arg = parseExpression(false);
                    if (!arg)
                        return std::nullopt;
                    st.args.push_back(std::move(arg));
                    skipSpace();
                    if (peek() == u',') {
                        ++m_i;
                        skipSpace();
                        continue;
                    }
                    if (peek() != u')')
                        return std::nullopt;
                    ++m_i;
                    break;
                }
            }
            return st;
        }
        st.type = Statement::Type::Expression;
        st.expr = parseExpression(false);
        if (!st.expr)
            return std::nullopt;
        return st;
    }

    // A string literal without interpolation, for `require`.
    std::optional<QString> parsePlainString()
    {
        if (peek() != u'"' && peek() != u'\'')
            return std::nullopt;
        ExprPtr e = parseString();
        if (!e || e->type != Expr::Type::Literal)
            return std::nullopt;
        return e->literal.text;
    }

    // True when only blanks, newlines or a top-level `||` follow: the operand just parsed is
    // all of the operand Ruby sees.
    [[nodiscard]] bool operandEndsHere() const
    {
        qsizetype j = m_i;
        while (j < m_s.size() && isBlank(m_s[j].unicode()))
            ++j;
        if (j >= m_s.size() || m_s[j] == u'\n' || m_s[j] == u';')
            return true;
        if (j + 1 < m_s.size() && m_s[j] == u'|' && m_s[j + 1] == u'|')
            return true;
        return wordAt(j) == u"then";
    }

    // Where an operand of `||` that Berth cannot parse ends, if the tokens show for sure: at
    // the next top-level `||` or at the end of the code, with nothing of lower precedence than
    // `||` (ternary, assignment, `and`/`or`, modifiers, ranges, a second statement) between.
    [[nodiscard]] std::optional<qsizetype> opaqueOperandEnd(qsizetype from) const
    {
        if (!m_lexed.reliable)
            return std::nullopt;
        static const QSet<QString> lowPrecedence
            = {QStringLiteral("?"),   QStringLiteral(":"),   QStringLiteral("="),
               QStringLiteral("+="),  QStringLiteral("-="),  QStringLiteral("*="),
               QStringLiteral("/="),  QStringLiteral("%="),  QStringLiteral("**="),
               QStringLiteral("||="), QStringLiteral("&&="), QStringLiteral("|="),
               QStringLiteral("&="),  QStringLiteral("^="),  QStringLiteral("<<="),
               QStringLiteral(">>="), QStringLiteral(".."),  QStringLiteral("..."),
               QStringLiteral("=>")};
        const auto &toks = m_lexed.tokens;
        const auto startsValue = [&](const RubyToken &t) {
            switch (t.type) {
            case RubyToken::Type::Word:
            case RubyToken::Type::Constant:
            case RubyToken::Type::Number:
            case RubyToken::Type::Literal:
            case RubyToken::Type::Symbol:
            case RubyToken::Type::Variable:
            case RubyToken::Type::Label: return true;
            case RubyToken::Type::Keyword: return isValueKeyword(tokenText(m_s, t));
            default: return false;
            }
        };
        const auto endsValue = [&](const RubyToken &t) {
            return (startsValue(t) && t.type != RubyToken::Type::Label)
                || t.type == RubyToken::Type::Close;
        };
        // Plausibility, not a full Ruby grammar: a misplaced operator here would be a syntax
        // error that fails the whole template in Ruby, even when the operand is never reached.
        const auto unaryCapable = [&](const RubyToken &t) {
            const QStringView text = tokenText(m_s, t);
            return text == u"!" || text == u"-" || text == u"+" || text == u"::" || text == u"->"
                || text == u"~" || text == u"*" || text == u"&" || text == u"**";
        };
        const auto isOperator = [](const RubyToken *t) {
            return t && (t->type == RubyToken::Type::Operator || t->type == RubyToken::Type::Open);
        };
        int depth = 0;
        const RubyToken *first = nullptr;
        const RubyToken *prev = nullptr;
        const auto endHere = [&](qsizetype end) -> std::optional<qsizetype> {
            if (!first || !prev || depth != 0 || !endsValue(*prev))
                return std::nullopt;
            const bool startsWell = startsValue(*first)
                || (first->type == RubyToken::Type::Open && tokenText(m_s, *first) != u"{")
                || (first->type == RubyToken::Type::Operator && unaryCapable(*first));
            return startsWell ? std::optional<qsizetype>(end) : std::nullopt;
        };
        for (size_t i = 0; i < toks.size(); ++i) {
            const RubyToken &t = toks[i];
            if (t.start < from || t.nest != 0)
                continue;
            if (depth == 0) {
                const QStringView text = tokenText(m_s, t);
                if (t.type == RubyToken::Type::Operator && text == u"||")
                    return endHere(t.start);
                if (t.type == RubyToken::Type::Newline) {
                    for (size_t j = i + 1; j < toks.size(); ++j) {
                        if (toks[j].type != RubyToken::Type::Newline)
                            return std::nullopt;
                    }
                    return endHere(t.start);
                }
                if (t.type == RubyToken::Type::Semicolon || t.type == RubyToken::Type::Close)
                    return std::nullopt;
                if (t.type == RubyToken::Type::Operator && lowPrecedence.contains(text.toString()))
                    return std::nullopt;
                if (t.type == RubyToken::Type::Keyword && !isValueKeyword(text))
                    return std::nullopt;
                if (prev && endsValue(*prev) && startsValue(t))
                    return std::nullopt; // a command call without parentheses
            }
            if (isOperator(prev) && t.type == RubyToken::Type::Operator && !unaryCapable(t))
                return std::nullopt;
            if (t.type == RubyToken::Type::Keyword && !isValueKeyword(tokenText(m_s, t)))
                return std::nullopt;
            if (depth == 0 && t.type == RubyToken::Type::Operator && tokenText(m_s, t) == u",")
                return std::nullopt;
            // `x(…)` calls a method; after a literal or a closing bracket it cannot.
            if (prev && t.type == RubyToken::Type::Open && tokenText(m_s, t) == u"("
                && t.start == prev->end && prev->type != RubyToken::Type::Word
                && prev->type != RubyToken::Type::Constant)
                return std::nullopt;
            if (prev && prev->type == RubyToken::Type::Operator && t.type == RubyToken::Type::Close
                && tokenText(m_s, *prev) != u".")
                return std::nullopt;
            if (t.type == RubyToken::Type::Open)
                ++depth;
            else if (t.type == RubyToken::Type::Close)
                --depth;
            if (!first)
                first = &t;
            prev = &t;
        }
        return endHere(m_s.size());
    }

    // `allowOpaque`: at the top of an output tag or a condition, an operand of `||` that Berth
    // cannot parse becomes Opaque instead of failing the tag, so ENV["X"] || `cmd` still
    // renders exactly whenever X is set: Ruby then never runs the command.
    ExprPtr parseExpression(bool allowOpaque)
    {
        const Depth depth(m_depth);
        if (!depth.ok())
            return nullptr;
        ExprPtr left = parseAnd();
        if (!left)
            return nullptr;
        for (;;) {
            const qsizetype save = m_i;
            skipBlanks();
            if (!(peek() == u'|' && peek(1) == u'|' && peek(2) != u'=')) {
                m_i = save;
                return left;
            }
            m_i += 2;
            skipSpace();
            const qsizetype operandStart = m_i;
            ExprPtr right = parseAnd();
            if (m_operands > MaxOperands)
                return nullptr;
            if (allowOpaque && (!right || !operandEndsHere())) {
                // Each search walks the tag's tokens: a few per tag keep it linear.
                if (++m_opaqueOperands > MaxOpaqueOperands)
                    return nullptr;
                const auto end = opaqueOperandEnd(operandStart);
                if (!end)
                    return nullptr;
                right = Expr::make(Expr::Type::Opaque);
                const QStringView operand = m_s.mid(operandStart, *end - operandStart);
                right->why = classify(operand, lexRuby(operand));
                m_i = *end;
            }
            if (!right)
                return nullptr;
            auto node = Expr::make(Expr::Type::Or);
            node->operands.push_back(std::move(left));
            node->operands.push_back(std::move(right));
            left = std::move(node);
        }
    }

    ExprPtr parseAnd()
    {
        ExprPtr left = parseEquality();
        while (left) {
            const qsizetype save = m_i;
            skipBlanks();
            if (!(peek() == u'&' && peek(1) == u'&' && peek(2) != u'=')) {
                m_i = save;
                return left;
            }
            m_i += 2;
            skipSpace();
            ExprPtr right = parseEquality();
            if (!right)
                return nullptr;
            auto node = Expr::make(Expr::Type::And);
            node->operands.push_back(std::move(left));
            node->operands.push_back(std::move(right));
            left = std::move(node);
        }
        return left;
    }

    [[nodiscard]] std::optional<Expr::Type> equalityOperator() const
    {
        if (peek() == u'=' && peek(1) == u'=' && peek(2) != u'=')
            return Expr::Type::Equal;
        if (peek() == u'!' && peek(1) == u'=' && peek(2) != u'=')
            return Expr::Type::NotEqual;
        return std::nullopt;
    }

    ExprPtr parseEquality()
    {
        ExprPtr left = parseUnary();
        if (!left)
            return nullptr;
        const qsizetype save = m_i;
        skipBlanks();
        const auto op = equalityOperator();
        if (!op) {
            m_i = save;
            return left;
        }
        m_i += 2;
        skipSpace();
        ExprPtr right = parseUnary();
        if (!right)
            return nullptr;
        const qsizetype after = m_i;
        skipBlanks();
        if (equalityOperator())
            return nullptr; // `a == b == c` is a syntax error in Ruby
        m_i = after;
        auto node = Expr::make(*op);
        node->operands.push_back(std::move(left));
        node->operands.push_back(std::move(right));
        return node;
    }

    ExprPtr parseUnary()
    {
        const Depth depth(m_depth);
        // Every operand passes here: the budget bounds the tree, and so the recursion that
        // evaluates and destroys it, whatever the input.
        if (!depth.ok() || ++m_operands > MaxOperands)
            return nullptr;
        if (peek() == u'!' && peek(1) != u'=' && peek(1) != u'~') {
            ++m_i;
            skipSpace();
            ExprPtr operand = parseUnary();
            if (!operand)
                return nullptr;
            auto node = Expr::make(Expr::Type::Not);
            node->operands.push_back(std::move(operand));
            return node;
        }
        return parsePostfix();
    }

    // After a value: `.name`, `&.name`, also on the next line (Ruby's leading-dot chains).
    [[nodiscard]] std::optional<qsizetype> methodDot() const
    {
        qsizetype j = m_i;
        while (j < m_s.size() && isBlank(m_s[j].unicode()))
            ++j;
        if (j < m_s.size() && m_s[j] == u'\n') {
            while (j < m_s.size() && (isBlank(m_s[j].unicode()) || m_s[j] == u'\n'))
                ++j;
            if (!(j < m_s.size() && m_s[j] == u'.'))
                return std::nullopt;
        }
        if (j + 1 < m_s.size() && m_s[j] == u'.' && m_s[j + 1] != u'.')
            return j;
        if (j + 1 < m_s.size() && m_s[j] == u'&' && m_s[j + 1] == u'.')
            return j;
        return std::nullopt;
    }

    ExprPtr parsePostfix()
    {
        ExprPtr e = parsePrimary();
        while (e) {
            if (e->type == Expr::Type::EnvObject && peek() == u'[') {
                ++m_i;
                skipSpace();
                ExprPtr key = parseExpression(false);
                skipSpace();
                if (!key || peek() != u']')
                    return nullptr;
                ++m_i;
                auto node = Expr::make(Expr::Type::EnvIndex);
                node->operands.push_back(std::move(key));
                e = std::move(node);
                continue;
            }
            const auto dot = methodDot();
            if (!dot)
                break;
            m_i = *dot;
            const bool safe = peek() == u'&';
            m_i += safe ? 2 : 1;
            skipSpace();
            const QStringView name = wordAt(m_i);
            if (name.isEmpty())
                return nullptr;
            m_i += name.size();
            if (peek() == u'?' || peek() == u'!' || assignmentFollows())
                return nullptr;
            if (e->type == Expr::Type::EnvObject) {
                if (name != u"fetch")
                    return nullptr;
                e = parseFetch();
                continue;
            }
            if (name != u"strip" && name != u"to_s")
                return nullptr;
            if (peek() == u'(') {
                if (peek(1) != u')')
                    return nullptr;
                m_i += 2;
            }
            auto node = Expr::make(Expr::Type::Method);
            node->method = name.toString();
            node->safeNavigation = safe;
            node->operands.push_back(std::move(e));
            e = std::move(node);
        }
        if (e && e->type == Expr::Type::EnvObject)
            return nullptr; // ENV itself (a hash-like object) is not in the subset
        return e;
    }

    // `(key [, default])` and an optional `{ block }` after ENV.fetch.
    ExprPtr parseFetch()
    {
        if (peek() != u'(')
            return nullptr;
        ++m_i;
        skipSpace();
        auto node = Expr::make(Expr::Type::EnvFetch);
        ExprPtr key = parseExpression(false);
        if (!key)
            return nullptr;
        node->operands.push_back(std::move(key));
        skipSpace();
        if (peek() == u',') {
            ++m_i;
            skipSpace();
            ExprPtr fallback = parseExpression(false);
            if (!fallback)
                return nullptr;
            node->operands.push_back(std::move(fallback));
            skipSpace();
        }
        if (peek() != u')')
            return nullptr;
        ++m_i;
        const qsizetype save = m_i;
        skipBlanks();
        if (peek() != u'{') {
            m_i = save;
            return node;
        }
        ++m_i;
        skipSpace();
        if (peek() == u'|')
            return nullptr;
        node->hasBlock = true;
        if (peek() != u'}') {
            node->block = parseExpression(false);
            skipSpace();
            if (!node->block || peek() != u'}')
                return nullptr;
        }
        ++m_i;
        return node;
    }

    ExprPtr parsePrimary()
    {
        const char16_t c = peek();
        if (c == u'"' || c == u'\'')
            return parseString();
        if (isDigit(c))
            return parseInteger();
        if (c == u'(') {
            const Depth depth(m_depth);
            if (!depth.ok())
                return nullptr;
            ++m_i;
            skipSpace();
            if (peek() == u')') {
                ++m_i;
                return Expr::value({});
            }
            ExprPtr inner = parseExpression(false);
            skipSpace();
            if (!inner || peek() != u')')
                return nullptr;
            ++m_i;
            return inner;
        }
        const QStringView word = wordAt(m_i);
        if (word.isEmpty())
            return nullptr;
        const qsizetype after = m_i + word.size();
        if (word == u"ENV") {
            if (after + 1 < m_s.size() && m_s[after] == u':' && m_s[after + 1] == u':')
                return nullptr;
            m_i = after;
            return Expr::make(Expr::Type::EnvObject);
        }
        if (word == u"nil" || word == u"true" || word == u"false") {
            m_i = after;
            if (word == u"nil")
                return Expr::value({});
            return Expr::value(Value::boolean(word == u"true"));
        }
        return nullptr;
    }

    // Decimal integers only (86400, 86_400, 0); octal, hex, floats go to Ruby.
    ExprPtr parseInteger()
    {
        QString digits;
        if (peek() == u'0') {
            ++m_i;
            digits = QStringLiteral("0");
        } else {
            while (isDigit(peek())) {
                digits += QChar(peek());
                ++m_i;
                if (peek() == u'_' && isDigit(peek(1)))
                    ++m_i;
            }
        }
        if (isIdentChar(peek()) || (peek() == u'.' && isDigit(peek(1))))
            return nullptr;
        return Expr::value({Value::Type::Integer, digits, {}});
    }

    ExprPtr parseString()
    {
        const char16_t quote = peek();
        ++m_i;
        QString literal;
        if (quote == u'\'') {
            while (!atEnd()) {
                const char16_t c = peek();
                if (c == u'\'') {
                    ++m_i;
                    return Expr::value(Value::string(literal));
                }
                if (c == u'\\' && (peek(1) == u'\\' || peek(1) == u'\'')) {
                    literal += QChar(peek(1));
                    m_i += 2;
                    continue;
                }
                if (c == u'\r')
                    return nullptr;
                literal += QChar(c);
                ++m_i;
            }
            return nullptr;
        }

        auto interpolation = Expr::make(Expr::Type::Interpolation);
        while (!atEnd()) {
            const char16_t c = peek();
            if (c == u'"') {
                ++m_i;
                if (interpolation->operands.empty())
                    return Expr::value(Value::string(literal));
                if (!literal.isEmpty())
                    interpolation->operands.push_back(Expr::value(Value::string(literal)));
                return interpolation;
            }
            if (c == u'\\') {
                if (!parseEscape(literal))
                    return nullptr;
                continue;
            }
            if (c == u'#' && peek(1) == u'{') {
                if (!literal.isEmpty())
                    interpolation->operands.push_back(Expr::value(Value::string(literal)));
                literal.clear();
                m_i += 2;
                skipSpace();
                if (peek() == u'}') {
                    ++m_i;
                    interpolation->operands.push_back(Expr::value(Value::string({})));
                    continue;
                }
                ExprPtr inner = parseExpression(false);
                skipSpace();
                if (!inner || peek() != u'}')
                    return nullptr;
                ++m_i;
                interpolation->operands.push_back(std::move(inner));
                continue;
            }
            if (c == u'#' && (peek(1) == u'@' || peek(1) == u'$'))
                return nullptr; // "#@var" / "#$var" interpolate variables Berth does not have
            if (c == u'\r')
                return nullptr;
            literal += QChar(c);
            ++m_i;
        }
        return nullptr;
    }

    static int hexValue(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    bool appendCodePoint(QString &out, char32_t cp)
    {
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        out += QString::fromUcs4(&cp, 1);
        return true;
    }

    // One backslash escape of a double-quoted string. Escapes that produce raw bytes
    // (\x80…, \200…) or control sequences (\C-x, \M-x, \cx) go to Ruby.
    bool parseEscape(QString &out)
    {
        ++m_i; // the backslash
        if (atEnd())
            return false;
        const char16_t e = peek();
        ++m_i;
        switch (e) {
        case u'n': out += u'\n'; return true;
        case u't': out += u'\t'; return true;
        case u'r': out += u'\r'; return true;
        case u's': out += u' '; return true;
        case u'e': out += QChar(0x1b); return true;
        case u'a': out += QChar(0x07); return true;
        case u'b': out += QChar(0x08); return true;
        case u'f': out += QChar(0x0c); return true;
        case u'v': out += QChar(0x0b); return true;
        case u'\n': return true; // line continuation
        case u'\r':
        case u'c':
        case u'C':
        case u'M': return false;
        case u'x': {
            int value = 0;
            int count = 0;
            while (count < 2 && hexValue(peek()) >= 0) {
                value = value * 16 + hexValue(peek());
                ++m_i;
                ++count;
            }
            if (count == 0 || value > 0x7f)
                return false;
            out += QChar(static_cast<char16_t>(value));
            return true;
        }
        case u'u': {
            if (peek() == u'{') {
                ++m_i;
                bool any = false;
                for (;;) {
                    while (peek() == u' ' || peek() == u'\t')
                        ++m_i;
                    if (peek() == u'}') {
                        ++m_i;
                        return any;
                    }
                    char32_t cp = 0;
                    int count = 0;
                    while (count < 7 && hexValue(peek()) >= 0) {
                        cp = cp * 16 + static_cast<char32_t>(hexValue(peek()));
                        ++m_i;
                        ++count;
                    }
                    if (count == 0 || !appendCodePoint(out, cp))
                        return false;
                    any = true;
                }
            }
            char32_t cp = 0;
            for (int count = 0; count < 4; ++count) {
                if (hexValue(peek()) < 0)
                    return false;
                cp = cp * 16 + static_cast<char32_t>(hexValue(peek()));
                ++m_i;
            }
            return appendCodePoint(out, cp);
        }
        default:
            if (e >= u'0' && e <= u'7') {
                int value = e - u'0';
                for (int count = 1; count < 3 && peek() >= u'0' && peek() <= u'7'; ++count) {
                    value = value * 8 + (peek() - u'0');
                    ++m_i;
                }
                if (value > 0x7f)
                    return false;
                out += QChar(static_cast<char16_t>(value));
                return true;
            }
            out += QChar(e);
            return true;
        }
    }

    QStringView m_s;
    const LexedCode &m_lexed;
    qsizetype m_i = 0;
    int m_depth = 0;
    int m_operands = 0;
    int m_opaqueOperands = 0;
};

// ---------------------------------------------------------------------------------------------
// Planning: what each tag is, before anything is evaluated.

struct TagPlan
{
    enum class Type {
        Comment,
        Output, // expr
        Statements, // statements, none structural
        If, // expr is the condition
        Unless,
        Elsif,
        Else,
        End,
        Unsupported,
        Unterminated,
    };
    enum class Distrust { None, ContainsRuby, Malformed, NoEnd };

    Type type = Type::Unsupported;
    ExprPtr expr;
    std::vector<Statement> statements;
    std::optional<int> balance; // Unsupported code tags: blocks left open
    Why why; // Unsupported
    QStringList names; // literal ENV names
    Distrust distrust = Distrust::None; // If/Unless: why the branch cannot be known
    bool stray = false; // Elsif/Else/End outside any block
};

// ERB compiles an output tag to `_erbout.<<(( code ).to_s)`, so its code must be one
// expression; a code tag is pasted in as statements. Either way, Berth only accepts code it
// understands completely; anything left over sends the whole tag to Ruby.
TagPlan planTag(const ScanEvent &event)
{
    TagPlan plan;
    if (!event.closed) {
        plan.type = TagPlan::Type::Unterminated;
        return plan;
    }
    if (event.kind == Kind::Comment) {
        plan.type = TagPlan::Type::Comment;
        return plan;
    }
    const QStringView code(event.content);
    const LexedCode lexed = lexRuby(code);
    plan.names = literalEnvNames(code, lexed);
    Parser parser(code, lexed);
    if (event.kind == Kind::Output) {
        plan.expr = parser.parseOutput();
        if (plan.expr)
            plan.type = TagPlan::Type::Output;
    } else if (auto statements = parser.parseStatements()) {
        const auto structural
            = std::find_if(statements->begin(), statements->end(),
                           [](const Statement &s) { return isStructural(s.type); });
        if (structural == statements->end()) {
            plan.type = TagPlan::Type::Statements;
            plan.statements = std::move(*statements);
        } else if (statements->size() == 1) {
            Statement &s = statements->front();
            switch (s.type) {
            case Statement::Type::If: plan.type = TagPlan::Type::If; break;
            case Statement::Type::Unless: plan.type = TagPlan::Type::Unless; break;
            case Statement::Type::Elsif: plan.type = TagPlan::Type::Elsif; break;
            case Statement::Type::Else: plan.type = TagPlan::Type::Else; break;
            default: plan.type = TagPlan::Type::End; break;
            }
            plan.expr = std::move(s.expr);
        }
    }
    if (plan.type == TagPlan::Type::Unsupported) {
        plan.why = classify(code, lexed);
        // ERB wraps an output tag in `(( … ).to_s)`: it cannot open or close a block.
        plan.balance = event.kind == Kind::Code ? blockBalance(code, lexed) : 0;
    }
    return plan;
}

// Matches if/elsif/else/end across tags and decides, before evaluation, which `if` blocks
// Berth can render exactly. An `if` that contains a block Berth cannot follow (a loop, a
// `def`), or that is malformed or never closed, is left to Ruby as a whole.
void matchBlocks(std::vector<TagPlan> &plans)
{
    struct Frame
    {
        bool isIf = false;
        size_t plan = 0;
        bool sawElse = false;
    };
    std::vector<Frame> stack;
    size_t distrustedBelow = 0; // every `if` frame below this height is already distrusted
    const auto distrust = [&plans](const Frame &f, TagPlan::Distrust why) {
        if (f.isIf && plans[f.plan].distrust == TagPlan::Distrust::None)
            plans[f.plan].distrust = why;
    };
    const auto distrustAll = [&]() {
        for (size_t i = stack.size(); i > distrustedBelow; --i)
            distrust(stack[i - 1], TagPlan::Distrust::ContainsRuby);
        distrustedBelow = stack.size();
    };
    const auto pop = [&]() {
        stack.pop_back();
        distrustedBelow = std::min(distrustedBelow, stack.size());
    };
    bool lost = false; // a tag Berth could not even tokenize: structure unknown from here on
    size_t unknownFrames = 0;

    for (size_t i = 0; i < plans.size(); ++i) {
        TagPlan &plan = plans[i];
        switch (plan.type) {
        case TagPlan::Type::If:
        case TagPlan::Type::Unless:
            stack.push_back({true, i, false});
            if (lost || unknownFrames > 0)
                plan.distrust = TagPlan::Distrust::ContainsRuby;
            break;
        case TagPlan::Type::Elsif:
        case TagPlan::Type::Else:
            if (stack.empty()) {
                plan.stray = true;
            } else if (Frame &top = stack.back(); top.isIf) {
                if (top.sawElse
                    || (plan.type == TagPlan::Type::Elsif
                        && plans[top.plan].type == TagPlan::Type::Unless))
                    distrust(top, TagPlan::Distrust::Malformed);
                if (plan.type == TagPlan::Type::Else)
                    top.sawElse = true;
            }
            break;
        case TagPlan::Type::End:
            if (stack.empty()) {
                plan.stray = true;
            } else {
                if (!stack.back().isIf)
                    --unknownFrames;
                pop();
            }
            break;
        case TagPlan::Type::Unsupported:
            if (!plan.balance) {
                lost = true;
                distrustAll();
            } else if (*plan.balance > 0) {
                distrustAll();
                for (int k = 0; k < *plan.balance; ++k)
                    stack.push_back({false, i, false});
                unknownFrames += static_cast<size_t>(*plan.balance);
                distrustedBelow = stack.size();
            } else {
                for (int k = 0; k < -*plan.balance && !stack.empty(); ++k) {
                    distrust(stack.back(), TagPlan::Distrust::ContainsRuby);
                    if (!stack.back().isIf)
                        --unknownFrames;
                    pop();
                }
            }
            break;
        default: break;
        }
    }
    for (const Frame &f : stack)
        distrust(f, TagPlan::Distrust::NoEnd);
}

// ---------------------------------------------------------------------------------------------

struct Outcome
{
    enum class Type { Ok, Unknown, Error };
    Type type = Type::Ok;
    Value value;
    Why why; // Unknown
    QString code; // Error: diagnostic code
    QString message; // Error: Ruby's words
    QString hint; // Error

    static Outcome ok(Value v) { return {Type::Ok, std::move(v), {}, {}, {}, {}}; }
    static Outcome unknown(Why why) { return {Type::Unknown, {}, std::move(why), {}, {}, {}}; }
};

// Renders one template in four passes: scan it exactly as ERB does, parse every tag, match the
// blocks across tags, then walk the text once, evaluating what can be evaluated. The walk is in
// one of three modes: Run (Berth knows what Ruby does), Skip (inside a branch Ruby does not
// take: no output, nothing runs) and Untrusted (inside a block only Ruby can run: text kept as
// written, tags not evaluated, because whether and how often it renders is unknown).
// Single-use, on the caller's thread; holds references to its arguments for its lifetime.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(Erb)

public:
    Renderer(const QString &templateText, const QString &fileName, const ErbContext &context)
        : m_t(templateText)
        , m_file(fileName)
        , m_context(context)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            if (m_t.at(i) == u'\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    ErbResult run()
    {
        m_result.templateSize = m_t.size();
        const std::vector<ScanEvent> events = scanErb(m_t);
        std::vector<TagPlan> plans;
        for (const ScanEvent &event : events) {
            if (event.type == ScanEvent::Type::Tag)
                plans.push_back(planTag(event));
        }
        matchBlocks(plans);

        size_t tagIndex = 0;
        for (const ScanEvent &event : events) {
            switch (event.type) {
            case ScanEvent::Type::Text:
                if (mode() != Mode::Skip)
                    copy(event.start, event.end);
                break;
            case ScanEvent::Type::LiteralPercent:
                if (mode() != Mode::Skip)
                    copy(event.start, event.start + 2);
                break;
            case ScanEvent::Type::Drop: break;
            case ScanEvent::Type::Tag: renderTag(event, plans[tagIndex++]); break;
            }
        }

        QSet<QString> seen;
        for (const ErbTag &tag : std::as_const(m_result.tags)) {
            for (const QString &name : tag.variables) {
                if (name != KamalDestination && !seen.contains(name)) {
                    seen.insert(name);
                    m_result.variables.append(name);
                }
            }
        }
        return std::move(m_result);
    }

private:
    enum class Mode { Run, Skip, Untrusted };
    struct Frame
    {
        bool isIf = false;
        Mode mode = Mode::Run;
        bool taken = false;
    };

    [[nodiscard]] Mode mode() const
    {
        if (m_skipping > 0)
            return Mode::Skip;
        return m_untrusted > 0 || m_lost ? Mode::Untrusted : Mode::Run;
    }
    // The mode around the innermost block, as if it were not there.
    [[nodiscard]] Mode enclosingMode() const
    {
        const Frame &top = m_stack.back();
        const int skipping = m_skipping - (top.mode == Mode::Skip ? 1 : 0);
        const int untrusted = m_untrusted - (top.mode == Mode::Untrusted ? 1 : 0);
        if (skipping > 0)
            return Mode::Skip;
        return untrusted > 0 || m_lost ? Mode::Untrusted : Mode::Run;
    }
    void count(Mode m, int delta)
    {
        if (m == Mode::Skip)
            m_skipping += delta;
        else if (m == Mode::Untrusted)
            m_untrusted += delta;
    }
    void push(Frame f)
    {
        count(f.mode, 1);
        m_stack.push_back(f);
    }
    Frame pop()
    {
        const Frame f = m_stack.back();
        count(f.mode, -1);
        m_stack.pop_back();
        return f;
    }
    void setTopMode(Mode m)
    {
        count(m_stack.back().mode, -1);
        m_stack.back().mode = m;
        count(m, 1);
    }

    void copy(qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        const qsizetype rendered = m_result.text.size();
        m_result.text += QStringView(m_t).mid(from, to - from);
        if (!m_result.spans.isEmpty()) {
            ErbResult::Span &last = m_result.spans.last();
            if (last.templateStart + last.length == from
                && last.renderedStart + last.length == rendered) {
                last.length += to - from;
                return;
            }
        }
        m_result.spans.append({from, rendered, to - from});
    }
    void locate(qsizetype offset, int &line, int &column) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        const auto lineIndex = std::distance(m_lineStarts.cbegin(), it) - 1;
        line = static_cast<int>(lineIndex + 1);
        column = static_cast<int>(offset - m_lineStarts[static_cast<size_t>(lineIndex)] + 1);
    }

    void diagnose(const ErbTag &tag, Severity severity, const QString &code, const QString &message,
                  const QString &hint)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.location.file = m_file;
        d.location.line = tag.line;
        d.location.column = tag.column;
        d.location.offset = tag.templateStart;
        d.message = message;
        d.hint = hint;
        m_result.diagnostics.append(d);
    }

    [[nodiscard]] static QString reasonText(const Why &why)
    {
        switch (why.reason) {
        case Reason::Shell: return tr("it runs a shell command");
        case Reason::File: return tr("it reads a file");
        case Reason::Method: return tr("it defines a Ruby method");
        case Reason::Loop: return tr("it repeats text in a Ruby loop");
        case Reason::Condition: return tr("it depends on a condition Berth cannot evaluate");
        case Reason::Assignment: return tr("it sets Ruby variables for later tags");
        case Reason::Name: return tr("it uses “%1”, which only Ruby can evaluate").arg(why.name);
        case Reason::Dotenv: return tr("it loads a .env file, which Berth cannot read here");
        case Reason::Require: return tr("it loads the Ruby library “%1”").arg(why.name);
        case Reason::Other: break;
        }
        return tr("it uses Ruby that Berth does not evaluate");
    }

    void unsupported(const ErbTag &tag, const Why &why, bool opensBlock)
    {
        const QString message = opensBlock
            ? tr("Computed by Ruby: %1. Berth keeps the text up to its “end” as written, which "
                 "may differ from what Kamal renders.")
                  .arg(reasonText(why))
            : tr("Computed by Ruby: %1. Berth keeps the template as written.").arg(reasonText(why));
        diagnose(tag, Severity::Warning, QStringLiteral("erb.unsupported"), message,
                 tr("Kamal evaluates this tag when it runs; Berth shows and saves it unchanged."));
    }

    void failed(const ErbTag &tag, const Outcome &o)
    {
        diagnose(tag, Severity::Error, o.code, o.message, o.hint);
    }

    // Puts the tag's own text into the output, so the YAML around it still parses and the form
    // shows the template. Only done where Berth cannot know the value.
    void verbatim(ErbTag &tag)
    {
        tag.value = m_t.mid(tag.templateStart, tag.templateEnd - tag.templateStart);
        m_result.text += tag.value;
    }

    void readVariable(const QString &name)
    {
        if (!m_reads.contains(name))
            m_reads.append(name);
    }

    // Kamal sets KAMAL_DESTINATION itself, so the caller's variables never decide it. Values
    // from Dotenv.load come after the caller's: dotenv never overrides a variable that is set.
    [[nodiscard]] std::optional<QString> lookup(const QString &name) const
    {
        if (name == KamalDestination) {
            if (!m_context.destination.isEmpty())
                return m_context.destination;
        } else if (m_context.variable) {
            if (auto value = m_context.variable(name))
                return value;
        }
        const auto it = m_dotenv.constFind(name);
        if (it != m_dotenv.cend())
            return *it;
        return std::nullopt;
    }

    // The name an ENV lookup uses: only Strings; ENV[nil] and ENV[1] raise TypeError in Ruby,
    // which Berth leaves to Ruby rather than imitate.
    std::optional<Outcome> envKey(const Expr &keyExpr, QString &name)
    {
        Outcome key = evaluate(keyExpr);
        if (key.type != Outcome::Type::Ok)
            return key;
        if (key.value.type != Value::Type::String || key.value.text.contains(QChar(0)))
            return Outcome::unknown({});
        name = key.value.text;
        readVariable(name);
        return std::nullopt;
    }

    Outcome evaluate(const Expr &e)
    {
        switch (e.type) {
        case Expr::Type::Literal: return Outcome::ok(e.literal);
        case Expr::Type::Interpolation: {
            QString s;
            for (const ExprPtr &part : e.operands) {
                Outcome o = evaluate(*part);
                if (o.type != Outcome::Type::Ok)
                    return o;
                s += o.value.toS();
            }
            return Outcome::ok(Value::string(s));
        }
        case Expr::Type::EnvObject: return Outcome::unknown({});
        case Expr::Type::EnvIndex: {
            QString name;
            if (auto failure = envKey(*e.operands[0], name))
                return *failure;
            if (auto value = lookup(name))
                return Outcome::ok(Value::string(*value));
            return Outcome::ok({Value::Type::Nil, {}, name});
        }
        case Expr::Type::EnvFetch: {
            // ENV.fetch raises KeyError for a missing key unless a default or a block is given;
            // Kamal stops with Ruby's message, which Berth repeats word for word.
            QString name;
            if (auto failure = envKey(*e.operands[0], name))
                return *failure;
            // Arguments are evaluated before the call, the block only when the key is missing.
            std::optional<Outcome> fallback;
            if (e.operands.size() > 1) {
                fallback = evaluate(*e.operands[1]);
                if (fallback->type != Outcome::Type::Ok)
                    return *fallback;
            }
            if (auto value = lookup(name))
                return Outcome::ok(Value::string(*value));
            if (e.hasBlock) // Ruby warns "block supersedes default value argument"
                return e.block ? evaluate(*e.block) : Outcome::ok({});
            if (fallback)
                return *fallback;
            Outcome error;
            error.type = Outcome::Type::Error;
            error.code = QStringLiteral("erb.key-error");
            error.message = QStringLiteral("key not found: \"%1\"").arg(name);
            error.hint = tr("Set %1 in the project's environment or in the shell that runs Kamal: "
                            "ENV.fetch stops Kamal when it is missing.")
                             .arg(name);
            return error;
        }
        case Expr::Type::Or:
        case Expr::Type::And: {
            Outcome left = evaluate(*e.operands[0]);
            if (left.type != Outcome::Type::Ok)
                return left;
            if (left.value.truthy() == (e.type == Expr::Type::Or))
                return left;
            return evaluate(*e.operands[1]);
        }
        case Expr::Type::Not: {
            Outcome o = evaluate(*e.operands[0]);
            if (o.type != Outcome::Type::Ok)
                return o;
            return Outcome::ok(Value::boolean(!o.value.truthy()));
        }
        case Expr::Type::Equal:
        case Expr::Type::NotEqual: {
            Outcome left = evaluate(*e.operands[0]);
            if (left.type != Outcome::Type::Ok)
                return left;
            Outcome right = evaluate(*e.operands[1]);
            if (right.type != Outcome::Type::Ok)
                return right;
            const bool equal = rubyEquals(left.value, right.value);
            return Outcome::ok(Value::boolean(e.type == Expr::Type::Equal ? equal : !equal));
        }
        case Expr::Type::Method: {
            Outcome receiver = evaluate(*e.operands[0]);
            if (receiver.type != Outcome::Type::Ok)
                return receiver;
            const Value &v = receiver.value;
            if (e.safeNavigation && v.type == Value::Type::Nil)
                return Outcome::ok({});
            if (e.method == u"to_s")
                return Outcome::ok(Value::string(v.toS()));
            if (v.type == Value::Type::String)
                return Outcome::ok(Value::string(rubyStrip(v.text)));
            return noMethod(e.method, v);
        }
        case Expr::Type::Opaque: return Outcome::unknown(e.why);
        }
        return Outcome::unknown({});
    }

    Outcome noMethod(const QString &method, const Value &receiver) const
    {
        // Ruby 3.4's wording; earlier versions quote with a backtick and name the class.
        QString on;
        switch (receiver.type) {
        case Value::Type::Nil: on = QStringLiteral("nil"); break;
        case Value::Type::True: on = QStringLiteral("true"); break;
        case Value::Type::False: on = QStringLiteral("false"); break;
        default: on = QStringLiteral("an instance of Integer"); break;
        }
        Outcome error;
        error.type = Outcome::Type::Error;
        error.code = QStringLiteral("erb.no-method-error");
        error.message = QStringLiteral("undefined method '%1' for %2").arg(method, on);
        error.hint = receiver.origin.isEmpty()
            ? tr("Ruby raises NoMethodError here, and Kamal stops.")
            : tr("%1 is not set, so ENV[\"%1\"] is nil. Set it, or give it a default with "
                 "ENV.fetch(\"%1\", \"…\").")
                  .arg(receiver.origin);
        return error;
    }

    Outcome loadDotenv(const std::vector<ExprPtr> &args)
    {
        QStringList files;
        for (const ExprPtr &arg : args) {
            Outcome o = evaluate(*arg);
            if (o.type != Outcome::Type::Ok)
                return o;
            if (o.value.type != Value::Type::String)
                return Outcome::unknown({});
            files.append(o.value.text);
        }
        if (files.isEmpty())
            files.append(QStringLiteral(".env"));
        if (!m_context.loadDotenv)
            return Outcome::unknown({Reason::Dotenv, {}});
        for (const QString &file : std::as_const(files)) {
            const auto pairs = m_context.loadDotenv(file);
            if (!pairs)
                continue; // dotenv ignores missing files
            // Within one file the last assignment wins (dotenv parses into a hash); across
            // files the first wins, because no file overrides a variable that is set.
            QHash<QString, QString> values;
            QStringList order;
            for (const auto &[name, value] : *pairs) {
                if (!values.contains(name))
                    order.append(name);
                values.insert(name, value);
            }
            for (const QString &name : std::as_const(order)) {
                if (lookup(name))
                    continue;
                m_dotenv.insert(name, values.value(name));
                m_result.dotenvVariables.append({name, values.value(name)});
            }
        }
        return Outcome::ok({});
    }

    Outcome execute(const Statement &st)
    {
        switch (st.type) {
        case Statement::Type::Require: {
            // Libraries Kamal has loaded already: requiring them again changes nothing.
            static const QSet<QString> harmless
                = {QStringLiteral("dotenv"),      QStringLiteral("uri"), QStringLiteral("json"),
                   QStringLiteral("yaml"),        QStringLiteral("erb"), QStringLiteral("pathname"),
                   QStringLiteral("securerandom")};
            if (st.name == u"dotenv/load")
                return loadDotenv({});
            if (harmless.contains(st.name))
                return Outcome::ok({});
            return Outcome::unknown({Reason::Require, st.name});
        }
        case Statement::Type::DotenvLoad: return loadDotenv(st.args);
        case Statement::Type::Expression: return evaluate(*st.expr);
        default: return Outcome::unknown({});
        }
    }

    void renderTag(const ScanEvent &event, const TagPlan &plan)
    {
        ErbTag tag;
        tag.kind = event.kind;
        tag.templateStart = event.start;
        tag.templateEnd = event.end;
        tag.renderedStart = m_result.text.size();
        locate(event.start, tag.line, tag.column);
        tag.code = event.content.trimmed();
        m_reads.clear();

        const Mode before = mode();
        switch (plan.type) {
        case TagPlan::Type::Comment: tag.status = Status::Evaluated; break;
        case TagPlan::Type::Unterminated: {
            // Not an error to Kamal: Ruby's ERB prints the tag's content as text, and so does
            // Berth — exactly, so the value is no guess. Almost surely a typo, hence the warning.
            tag.status = Status::Evaluated;
            const QString opener = event.kind == Kind::Output ? QStringLiteral("<%=")
                : event.kind == Kind::Comment                 ? QStringLiteral("<%#")
                                                              : QStringLiteral("<%");
            diagnose(tag, Severity::Warning, QStringLiteral("erb.syntax"),
                     tr("ERB tag not closed: “%1” has no matching “%>”.").arg(opener),
                     tr("Add “%>” where the Ruby code ends. Ruby would print the rest of the "
                        "file as plain text."));
            if (before != Mode::Skip) {
                // What Ruby's ERB does with an unterminated tag: its content becomes text.
                tag.value = event.content;
                m_result.text += event.content;
            }
            break;
        }
        case TagPlan::Type::Output: renderOutput(tag, plan, before); break;
        case TagPlan::Type::Statements: renderStatements(tag, plan, before); break;
        case TagPlan::Type::If:
        case TagPlan::Type::Unless: renderIf(tag, plan, before); break;
        case TagPlan::Type::Elsif:
        case TagPlan::Type::Else: renderBranch(tag, plan); break;
        case TagPlan::Type::End: renderEnd(tag, plan); break;
        case TagPlan::Type::Unsupported: renderUnsupported(tag, plan, before); break;
        }

        tag.renderedEnd = m_result.text.size();
        tag.variables = plan.names;
        for (const QString &name : std::as_const(m_reads)) {
            if (!tag.variables.contains(name))
                tag.variables.append(name);
        }
        m_result.tags.append(tag);
    }

    void renderOutput(ErbTag &tag, const TagPlan &plan, Mode before)
    {
        if (before == Mode::Skip) {
            tag.status = Status::Skipped;
            return;
        }
        if (before == Mode::Untrusted) {
            tag.status = Status::ComputedByRuby;
            verbatim(tag);
            return;
        }
        const Outcome o = evaluate(*plan.expr);
        switch (o.type) {
        case Outcome::Type::Ok:
            tag.status = Status::Evaluated;
            tag.value = o.value.toS();
            m_result.text += tag.value;
            break;
        case Outcome::Type::Unknown:
            tag.status = Status::ComputedByRuby;
            unsupported(tag, o.why, false);
            verbatim(tag);
            break;
        case Outcome::Type::Error:
            tag.status = Status::Failed;
            failed(tag, o);
            verbatim(tag);
            break;
        }
    }

    void renderStatements(ErbTag &tag, const TagPlan &plan, Mode before)
    {
        if (before != Mode::Run) {
            tag.status = before == Mode::Skip ? Status::Skipped : Status::ComputedByRuby;
            return;
        }
        tag.status = Status::Evaluated;
        // Stop at the first statement Berth cannot run: later ones may depend on what it did.
        for (const Statement &st : plan.statements) {
            const Outcome o = execute(st);
            if (o.type == Outcome::Type::Unknown) {
                tag.status = Status::ComputedByRuby;
                unsupported(tag, o.why, false);
                return;
            }
            if (o.type == Outcome::Type::Error) {
                tag.status = Status::Failed;
                failed(tag, o);
                return;
            }
        }
    }

    void distrusted(const ErbTag &tag, const TagPlan &plan)
    {
        const QString keyword
            = plan.type == TagPlan::Type::Unless ? QStringLiteral("unless") : QStringLiteral("if");
        QString why;
        switch (plan.distrust) {
        case TagPlan::Distrust::NoEnd: why = tr("it has no matching “end”"); break;
        case TagPlan::Distrust::Malformed: why = tr("its branches are not in Ruby's order"); break;
        default: why = tr("it contains Ruby that Berth does not evaluate"); break;
        }
        diagnose(tag, Severity::Warning, QStringLiteral("erb.unsupported"),
                 tr("Computed by Ruby: Berth cannot render this “%1” block exactly (%2), so it "
                    "keeps the text of every branch as written.")
                     .arg(keyword, why),
                 tr("Kamal evaluates this tag when it runs; Berth shows and saves it unchanged."));
    }

    void renderIf(ErbTag &tag, const TagPlan &plan, Mode before)
    {
        if (before == Mode::Skip) {
            push({true, Mode::Skip, true});
            tag.status = Status::Skipped;
            return;
        }
        if (before == Mode::Untrusted || plan.distrust != TagPlan::Distrust::None) {
            push({true, Mode::Untrusted, false});
            tag.status = Status::ComputedByRuby;
            if (before == Mode::Run)
                distrusted(tag, plan);
            return;
        }
        const Outcome o = evaluate(*plan.expr);
        if (o.type == Outcome::Type::Ok) {
            const bool taken = o.value.truthy() == (plan.type == TagPlan::Type::If);
            push({true, taken ? Mode::Run : Mode::Skip, taken});
            tag.status = Status::Evaluated;
            return;
        }
        push({true, Mode::Untrusted, false});
        if (o.type == Outcome::Type::Unknown) {
            tag.status = Status::ComputedByRuby;
            unsupported(tag, o.why, true);
        } else {
            tag.status = Status::Failed;
            failed(tag, o);
        }
    }

    void strayKeyword(ErbTag &tag)
    {
        tag.status = Status::ComputedByRuby;
        diagnose(tag, Severity::Warning, QStringLiteral("erb.unsupported"),
                 tr("Computed by Ruby: “%1” belongs to no block Berth knows of. Berth keeps the "
                    "template as written.")
                     .arg(tag.code),
                 tr("Kamal evaluates this tag when it runs; Berth shows and saves it unchanged."));
    }

    void renderBranch(ErbTag &tag, const TagPlan &plan)
    {
        if (plan.stray || m_stack.empty()) {
            strayKeyword(tag);
            return;
        }
        if (!m_stack.back().isIf) {
            tag.status = mode() == Mode::Skip ? Status::Skipped : Status::ComputedByRuby;
            return;
        }
        const Mode enclosing = enclosingMode();
        Frame &top = m_stack.back();
        if (enclosing == Mode::Skip) {
            tag.status = Status::Skipped;
        } else if (enclosing == Mode::Untrusted || top.mode == Mode::Untrusted) {
            tag.status = Status::ComputedByRuby;
        } else if (top.taken) {
            setTopMode(Mode::Skip);
            tag.status = Status::Skipped;
        } else if (plan.type == TagPlan::Type::Else) {
            setTopMode(Mode::Run);
            m_stack.back().taken = true;
            tag.status = Status::Evaluated;
        } else {
            const Outcome o = evaluate(*plan.expr);
            if (o.type == Outcome::Type::Ok) {
                const bool taken = o.value.truthy();
                setTopMode(taken ? Mode::Run : Mode::Skip);
                m_stack.back().taken = taken;
                tag.status = Status::Evaluated;
            } else {
                setTopMode(Mode::Untrusted);
                if (o.type == Outcome::Type::Unknown) {
                    tag.status = Status::ComputedByRuby;
                    unsupported(tag, o.why, true);
                } else {
                    tag.status = Status::Failed;
                    failed(tag, o);
                }
            }
        }
    }

    void renderEnd(ErbTag &tag, const TagPlan &plan)
    {
        if (plan.stray || m_stack.empty()) {
            strayKeyword(tag);
            return;
        }
        const Frame closed = pop();
        const Mode after = mode();
        if (after == Mode::Skip)
            tag.status = Status::Skipped;
        else if (after == Mode::Untrusted || closed.mode == Mode::Untrusted || !closed.isIf)
            tag.status = Status::ComputedByRuby;
        else
            tag.status = Status::Evaluated;
    }

    void renderUnsupported(ErbTag &tag, const TagPlan &plan, Mode before)
    {
        const bool opensBlock = !plan.balance || *plan.balance > 0;
        if (tag.kind == Kind::Code) {
            if (!plan.balance) {
                m_lost = true;
            } else if (*plan.balance > 0) {
                for (int k = 0; k < *plan.balance; ++k)
                    push({false, Mode::Untrusted, false});
            } else {
                for (int k = 0; k < -*plan.balance && !m_stack.empty(); ++k)
                    pop();
            }
        }
        if (before == Mode::Skip) {
            tag.status = Status::Skipped;
            return;
        }
        tag.status = Status::ComputedByRuby;
        unsupported(tag, plan.why, tag.kind == Kind::Code && opensBlock);
        if (tag.kind == Kind::Output)
            verbatim(tag);
    }

    const QString &m_t;
    const QString &m_file;
    const ErbContext &m_context;
    std::vector<qsizetype> m_lineStarts;
    ErbResult m_result;
    QHash<QString, QString> m_dotenv; // variables Dotenv.load set during this rendering
    QStringList m_reads; // ENV names the current tag read
    std::vector<Frame> m_stack;
    int m_skipping = 0;
    int m_untrusted = 0;
    bool m_lost = false; // a tag whose blocks Berth cannot count: nothing after it is trusted
};

} // namespace

bool ErbResult::complete() const
{
    return std::all_of(tags.cbegin(), tags.cend(), [](const ErbTag &tag) {
        return tag.status == ErbTag::Status::Evaluated || tag.status == ErbTag::Status::Skipped;
    });
}

std::optional<qsizetype> ErbResult::exactTemplateOffset(qsizetype renderedOffset) const
{
    if (renderedOffset == text.size())
        return templateSize;
    const auto it = std::upper_bound(
        spans.cbegin(), spans.cend(), renderedOffset,
        [](qsizetype offset, const Span &span) { return offset < span.renderedStart; });
    if (it == spans.cbegin())
        return std::nullopt;
    const Span &span = *std::prev(it);
    if (renderedOffset >= span.renderedStart + span.length)
        return std::nullopt;
    return span.templateStart + (renderedOffset - span.renderedStart);
}

qsizetype ErbResult::templateOffset(qsizetype renderedOffset) const
{
    const qsizetype r = std::clamp<qsizetype>(renderedOffset, 0, text.size());
    if (const auto exact = exactTemplateOffset(r))
        return *exact;
    // Tags are in rendered order; a tag with output covering r is the last one starting at or
    // before r, because every later tag starts after that output ends.
    const auto it
        = std::upper_bound(tags.cbegin(), tags.cend(), r, [](qsizetype offset, const ErbTag &tag) {
              return offset < tag.renderedStart;
          });
    if (it != tags.cbegin() && r < std::prev(it)->renderedEnd)
        return std::prev(it)->templateStart;
    return templateSize;
}

std::optional<qsizetype> ErbResult::renderedOffset(qsizetype templateOffset) const
{
    if (templateOffset == templateSize)
        return text.size();
    const auto it = std::upper_bound(
        spans.cbegin(), spans.cend(), templateOffset,
        [](qsizetype offset, const Span &span) { return offset < span.templateStart; });
    if (it == spans.cbegin())
        return std::nullopt;
    const Span &span = *std::prev(it);
    if (templateOffset >= span.templateStart + span.length)
        return std::nullopt;
    return span.renderedStart + (templateOffset - span.templateStart);
}

ErbResult renderErb(const QString &templateText, const QString &fileName, const ErbContext &context)
{
    return Renderer(templateText, fileName, context).run();
}

} // namespace Berth::Config
