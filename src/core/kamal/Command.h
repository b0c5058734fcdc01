#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Berth::Kamal {

// One remote (or local) shell command as Kamal builds it: a flat list of tokens that SSHKit
// joins with single spaces. Shell operators (`|`, `&&`, `;`, `>`) are tokens of their own, so
// the engine can compare argv lists and quote only at the SSH boundary. Plain data: copyable,
// thread-agnostic, no I/O.
class Command
{
public:
    Command() = default;
    Command(std::initializer_list<QString> tokens);
    explicit Command(QStringList tokens);

    [[nodiscard]] const QStringList &tokens() const { return m_tokens; }
    [[nodiscard]] bool isEmpty() const { return m_tokens.isEmpty(); }
    // Exactly the string Kamal's command arrays join to (`Array#join(" ")`).
    [[nodiscard]] QString toString() const;
    // The same with secret tokens (registry password, build args) replaced by [REDACTED],
    // for logs and the plan view.
    [[nodiscard]] QString toRedactedString() const;
    // What SSHKit sends: commands that do not start with `docker` are run through
    // `/usr/bin/env` (Kamal maps only :docker to a plain binary name).
    [[nodiscard]] QString toSshKitString() const;

    Command &arg(const QString &token);
    Command &args(const QStringList &tokens);
    Command &append(const Command &other);
    // A token that must not appear in logs.
    Command &secretArg(const QString &token);

    // Kamal::Commands::Base combinators.
    [[nodiscard]] static Command combine(const QList<Command> &commands,
                                         const QString &by = QStringLiteral("&&"));
    [[nodiscard]] static Command pipe(const QList<Command> &commands);
    [[nodiscard]] static Command chain(const QList<Command> &commands);
    [[nodiscard]] static Command any(const QList<Command> &commands);
    [[nodiscard]] static Command appendTo(const Command &command, const QString &file);
    [[nodiscard]] static Command writeTo(const Command &command, const QString &file);
    [[nodiscard]] static Command xargs(const Command &command);
    // `sh -c '<command>'` with single quotes escaped as '\''.
    [[nodiscard]] static Command shell(const Command &command);
    // A line Kamal hands SSHKit as a string, which SSHKit sends as written (no /usr/bin/env).
    [[nodiscard]] static Command raw(const QString &line);

    friend bool operator==(const Command &a, const Command &b) { return a.m_tokens == b.m_tokens; }

private:
    QStringList m_tokens;
    QList<qsizetype> m_secretTokens; // indexes into m_tokens
    bool m_raw = false;
};

// Ruby/Kamal string helpers, reproduced byte for byte because their output lands on servers.
namespace Shell {

// Ruby's String#dump for one string (with the surrounding double quotes).
[[nodiscard]] QString rubyDump(const QString &value);
// Kamal::Utils.escape_shell_value: String#dump per ASCII run (non-ASCII runs kept raw),
// backticks escaped, `$` escaped unless it starts a `${…}` the remote shell should expand.
[[nodiscard]] QString escapeValue(const QString &value);
// Kamal::EnvFile's value escaping for Docker env files (no quotes; Docker reads them raw).
[[nodiscard]] QString escapeEnvFileValue(const QString &value);
// Ruby's `blank?` for a string.
[[nodiscard]] bool isBlank(const QString &value);

} // namespace Shell

// A key/value pair for Kamal's `argumentize`: `--flag key="value"`, bare `--flag key` for a
// blank value, `--flag key=false` for a YAML false.
struct Argument
{
    QString key;
    QString value;
    bool isFalse = false;
};
using Arguments = QList<Argument>;

// Kamal::Utils.argumentize.
[[nodiscard]] QStringList argumentize(const QString &flag, const Arguments &attributes);
[[nodiscard]] QStringList argumentize(const QString &flag, const QStringList &keys);

// An option for Kamal's `optionize`: `--key "value"` (or `--key="value"`), bare for true.
struct Option
{
    QString key;
    QString value;
    bool flag = false; // YAML true: bare `--key`
};
using Options = QList<Option>;

// Kamal::Utils.optionize; `with` is the separator (empty: separate tokens).
[[nodiscard]] QStringList optionize(const Options &options, const QString &with = {});

// What `kamal app|accessory|proxy logs` show: --lines, --since, --grep, and -f (follow on
// the primary host until stopped). No lines, since or grep means Kamal's defaults (100 lines,
// 10 when following); the plan builder fills those in.
struct LogOptions
{
    std::optional<int> lines;
    QString since;
    QString grep;
    bool follow = false;
};

// `command | grep 'TEXT'` for --grep (double quotes when following, as Kamal writes it), or
// `command` unchanged without one: the same for app, accessory and proxy logs.
[[nodiscard]] Command withGrep(const Command &command, const LogOptions &options);

} // namespace Berth::Kamal
