#include "core/kamal/Command.h"

#include <QRegularExpression>

#include <utility>

namespace Berth::Kamal {

Command::Command(std::initializer_list<QString> tokens)
    : m_tokens(tokens)
{ }

Command::Command(QStringList tokens)
    : m_tokens(std::move(tokens))
{ }

QString Command::toString() const
{
    return m_tokens.join(QLatin1Char(' '));
}

QString Command::toRedactedString() const
{
    QStringList tokens = m_tokens;
    for (const qsizetype index : m_secretTokens)
        tokens[index] = QStringLiteral("[REDACTED]");
    return tokens.join(QLatin1Char(' '));
}

QString Command::toSshKitString() const
{
    if (m_raw || m_tokens.isEmpty() || m_tokens.constFirst() == QLatin1String("docker"))
        return toString();
    return QStringLiteral("/usr/bin/env ") + toString();
}

Command &Command::arg(const QString &token)
{
    m_tokens.append(token);
    return *this;
}

Command &Command::args(const QStringList &tokens)
{
    m_tokens.append(tokens);
    return *this;
}

Command &Command::append(const Command &other)
{
    const qsizetype offset = m_tokens.size();
    m_tokens.append(other.m_tokens);
    for (const qsizetype index : other.m_secretTokens)
        m_secretTokens.append(offset + index);
    return *this;
}

Command &Command::secretArg(const QString &token)
{
    m_secretTokens.append(m_tokens.size());
    m_tokens.append(token);
    return *this;
}

Command Command::combine(const QList<Command> &commands, const QString &by)
{
    Command result;
    for (const Command &command : commands) {
        if (command.isEmpty())
            continue;
        if (!result.isEmpty())
            result.arg(by);
        result.append(command);
    }
    return result;
}

Command Command::pipe(const QList<Command> &commands)
{
    return combine(commands, QStringLiteral("|"));
}

Command Command::chain(const QList<Command> &commands)
{
    return combine(commands, QStringLiteral(";"));
}

Command Command::any(const QList<Command> &commands)
{
    return combine(commands, QStringLiteral("||"));
}

Command Command::appendTo(const Command &command, const QString &file)
{
    return combine({command, Command {file}}, QStringLiteral(">>"));
}

Command Command::writeTo(const Command &command, const QString &file)
{
    return combine({command, Command {file}}, QStringLiteral(">"));
}

Command Command::xargs(const Command &command)
{
    Command result {QStringLiteral("xargs")};
    return result.append(command);
}

Command Command::raw(const QString &line)
{
    Command command {line};
    command.m_raw = true;
    return command;
}

Command Command::shell(const Command &command)
{
    QString inner = command.toString();
    inner.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    Command result {QStringLiteral("sh"), QStringLiteral("-c")};
    // Secrets inside a shell-wrapped command stay in one token; mark it if any were inside.
    if (command.m_secretTokens.isEmpty())
        result.arg(QLatin1Char('\'') + inner + QLatin1Char('\''));
    else
        result.secretArg(QLatin1Char('\'') + inner + QLatin1Char('\''));
    return result;
}

namespace Shell {

QString rubyDump(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    const auto codePoints = value.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        switch (c) {
        case U'"': out += QStringLiteral("\\\""); continue;
        case U'\\': out += QStringLiteral("\\\\"); continue;
        case U'\n': out += QStringLiteral("\\n"); continue;
        case U'\r': out += QStringLiteral("\\r"); continue;
        case U'\t': out += QStringLiteral("\\t"); continue;
        case U'\f': out += QStringLiteral("\\f"); continue;
        case U'\v': out += QStringLiteral("\\v"); continue;
        case U'\b': out += QStringLiteral("\\b"); continue;
        case U'\a': out += QStringLiteral("\\a"); continue;
        case 0x1B: out += QStringLiteral("\\e"); continue;
        case U'#': {
            // Ruby escapes what would start an interpolation in a double-quoted literal.
            const char32_t next = i + 1 < codePoints.size() ? codePoints.at(i + 1) : 0;
            out += (next == U'{' || next == U'$' || next == U'@') ? QStringLiteral("\\#")
                                                                  : QStringLiteral("#");
            continue;
        }
        default: break;
        }
        if (c < 0x20 || c == 0x7F) {
            out += QStringLiteral("\\x")
                + QStringLiteral("%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper();
        } else if (c < 0x80) {
            out += QChar(char16_t(c));
        } else if (c <= 0xFFFF) {
            out += QStringLiteral("\\u")
                + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += QStringLiteral("\\u{%1}").arg(QString::number(uint(c), 16).toUpper());
        }
    }
    out += QLatin1Char('"');
    return out;
}

namespace {

// Splits into runs of ASCII and non-ASCII characters, as Kamal's scan(/[\x00-\x7F]+|[^…]+/).
QList<std::pair<QString, bool>> asciiRuns(const QString &value)
{
    QList<std::pair<QString, bool>> runs;
    for (const QChar ch : value) {
        const bool ascii = ch.unicode() < 0x80;
        if (runs.isEmpty() || runs.constLast().second != ascii)
            runs.append({QString(), ascii});
        runs.last().first += ch;
    }
    return runs;
}

} // namespace

QString escapeValue(const QString &value)
{
    static const QRegularExpression dollarWithoutExpansion(QStringLiteral("\\$(?!\\{[^}]*\\})"));
    QString out;
    for (const auto &[text, ascii] : asciiRuns(value)) {
        if (!ascii) {
            out += text;
            continue;
        }
        QString dumped = rubyDump(text);
        dumped.replace(QLatin1Char('`'), QStringLiteral("\\`"));
        dumped.replace(dollarWithoutExpansion, QStringLiteral("\\$"));
        out += dumped;
    }
    return out;
}

QString escapeEnvFileValue(const QString &value)
{
    QString out;
    for (const auto &[text, ascii] : asciiRuns(value)) {
        if (!ascii) {
            out += text;
            continue;
        }
        QString dumped = rubyDump(text);
        dumped = dumped.mid(1, dumped.size() - 2);
        dumped.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        dumped.replace(QStringLiteral("\\#"), QStringLiteral("#"));
        out += dumped;
    }
    return out;
}

bool isBlank(const QString &value)
{
    for (const QChar ch : value) {
        if (!ch.isSpace())
            return false;
    }
    return true;
}

} // namespace Shell

QStringList argumentize(const QString &flag, const Arguments &attributes)
{
    QStringList tokens;
    for (const Argument &attribute : attributes) {
        tokens.append(flag);
        if (attribute.isFalse)
            tokens.append(attribute.key + QStringLiteral("=false"));
        else if (!Shell::isBlank(attribute.value))
            tokens.append(attribute.key + QLatin1Char('=') + Shell::escapeValue(attribute.value));
        else
            tokens.append(attribute.key);
    }
    return tokens;
}

QStringList argumentize(const QString &flag, const QStringList &keys)
{
    QStringList tokens;
    for (const QString &key : keys)
        tokens << flag << key;
    return tokens;
}

QStringList optionize(const Options &options, const QString &with)
{
    QStringList tokens;
    for (const Option &option : options) {
        const QString name = QStringLiteral("--") + option.key;
        if (option.flag)
            tokens.append(name);
        else if (with.isEmpty())
            tokens << name << Shell::escapeValue(option.value);
        else
            tokens.append(name + with + Shell::escapeValue(option.value));
    }
    return tokens;
}

Command withGrep(const Command &command, const LogOptions &options)
{
    if (options.grep.isEmpty())
        return command;
    return Command::pipe(
        {command,
         Command::raw(options.follow ? QStringLiteral("grep \"%1\"").arg(options.grep)
                                     : QStringLiteral("grep '%1'").arg(options.grep))});
}

} // namespace Berth::Kamal
