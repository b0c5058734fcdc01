#include "core/secrets/SecretsResolver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

namespace Berth::Secrets {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretsResolver)
};

// How much of a failed command's stderr a diagnostic quotes.
constexpr qsizetype StderrQuoteLength = 300;

bool isRubySpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == u'\v';
}

// Ruby's String#chomp with no argument: one trailing "\r\n", "\n" or "\r".
QString chomp(QString s)
{
    if (s.endsWith(QLatin1String("\r\n")))
        s.chop(2);
    else if (s.endsWith(u'\n') || s.endsWith(u'\r'))
        s.chop(1);
    return s;
}

// Ruby's String#strip: ASCII whitespace and NUL at both ends.
QString rubyStrip(const QString &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && (isRubySpace(s.at(begin)) || s.at(begin) == u'\0'))
        ++begin;
    while (end > begin && (isRubySpace(s.at(end - 1)) || s.at(end - 1) == u'\0'))
        --end;
    return s.mid(begin, end - begin);
}

bool isKamalSecrets(const QStringList &words)
{
    return words.size() >= 2 && words.at(0) == u"kamal" && words.at(1) == u"secrets";
}

// `kamal secrets extract NAME JSON` as Kamal::Cli::Secrets#extract with --inline.
std::optional<QString> extractSecret(const QStringList &words, QString *error)
{
    if (words.size() < 5) {
        *error = Text::tr("kamal secrets extract needs a NAME and the JSON from kamal secrets "
                          "fetch");
        return std::nullopt;
    }
    const QString &name = words.at(3);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(words.at(4).toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = Text::tr("kamal secrets extract %1: the secrets are not a JSON object (%2)")
                     .arg(name, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        value = QJsonValue();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().endsWith(u'/' + name)) {
                value = it.value();
                break;
            }
        }
    }
    if (value.isUndefined() || value.isNull()) {
        *error = QStringLiteral("Could not find secret %1").arg(name); // Kamal's words
        return std::nullopt;
    }
    // Kamal strips what the inline command returns.
    return rubyStrip(
        value.isString()
            ? value.toString()
            : QString::fromUtf8(
                QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact)));
}

struct CommandRecord
{
    bool ok = false;
    QString output; // what replaces $(…), on success
    QString problem; // why it failed or what to warn about (may hold values: redact first)
    bool warning = false; // ran, but exited non-zero (Kamal uses the output anyway)
};

} // namespace

QString projectId(const QString &projectFolder)
{
    QFileInfo info(projectFolder);
    QString path = info.canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    path = path.toLower(); // one folder, whatever case it was typed in
#endif
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

ShellKind hostShellKind()
{
#ifdef Q_OS_WIN
    return ShellKind::Windows;
#else
    return ShellKind::Posix;
#endif
}

ShellInvocation shellInvocation(ShellKind kind)
{
    const QString variable = QString::fromLatin1(ShellCommandVariable);
    if (kind == ShellKind::Windows) {
        // cmd expands %VAR% before it parses the line, so the text runs as if typed; /d skips
        // AutoRun macros, /s keeps the line as it is.
        return {QStringLiteral("cmd.exe"),
                {QStringLiteral("/d"), QStringLiteral("/s"), QStringLiteral("/c"),
                 QLatin1Char('%') + variable + QLatin1Char('%')}};
    }
    // Taken out of the environment before it runs, so the command's own children don't see it.
    return {QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("berth_command=$%1; unset %1; eval \"$berth_command\"").arg(variable)}};
}

CommandOutcome runShellCommand(const CommandRequest &request)
{
    const ShellInvocation shell = shellInvocation(hostShellKind());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = request.environment.cbegin(); it != request.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(QString::fromLatin1(ShellCommandVariable), request.command);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(request.workingDirectory);
    // Like Ruby's backticks: the command may not read our stdin.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(shell.program, shell.arguments);
    CommandOutcome outcome;
    if (!process.waitForStarted(request.timeoutMs)) {
        outcome.status = CommandOutcome::Status::FailedToStart;
        outcome.standardError = process.errorString();
        return outcome;
    }
    if (!process.waitForFinished(request.timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        outcome.status = CommandOutcome::Status::TimedOut;
    } else if (process.exitStatus() == QProcess::CrashExit) {
        outcome.status = CommandOutcome::Status::Crashed;
    }
    outcome.exitCode = process.exitCode();
    outcome.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    outcome.standardError = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

ApprovedCommands::ApprovedCommands(QSettings *settings, QString projectId)
    : m_settings(settings)
    , m_projectId(std::move(projectId))
{ }

ApprovedCommands::ApprovedCommands(const QString &settingsFile, QString projectId)
    : m_ownedSettings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
    , m_projectId(std::move(projectId))
{ }

ApprovedCommands::~ApprovedCommands() = default;

QString ApprovedCommands::key() const
{
    return QStringLiteral("secrets/%1/approvedCommands").arg(m_projectId);
}

bool ApprovedCommands::isApproved(const QString &command) const
{
    return commands().contains(command);
}

void ApprovedCommands::approve(const QString &command)
{
    QStringList list = commands();
    if (list.contains(command))
        return;
    list.append(command);
    m_settings->setValue(key(), list);
    m_settings->sync();
}

void ApprovedCommands::revoke(const QString &command)
{
    QStringList list = commands();
    if (list.removeAll(command) == 0)
        return;
    if (list.isEmpty())
        m_settings->remove(key());
    else
        m_settings->setValue(key(), list);
    m_settings->sync();
}

QStringList ApprovedCommands::commands() const
{
    return m_settings->value(key()).toStringList();
}

QString rubyShellEscape(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("''");
    QString out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool safe = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || QStringView(u"_-.,:+/@").contains(c);
        if (u == u'\n')
            out += QStringLiteral("'\n'");
        else if (safe)
            out += c;
        else
            out += QLatin1Char('\\') + c;
    }
    return out;
}

std::optional<CommandOutcome> runKamalSecretsInline(const QStringList &words,
                                                    const CommandRequest &request)
{
    Q_UNUSED(request)
    if (words.value(2) != u"fetch")
        return std::nullopt; // print and the rest: the real kamal
    auto failed = [](const QString &message) {
        CommandOutcome outcome;
        outcome.status = CommandOutcome::Status::Failed;
        outcome.exitCode = 1;
        outcome.standardError = message;
        return outcome;
    };
    // Thor's option forms: --name value, --name=value, and the short aliases.
    QString adapter;
    QString account;
    std::optional<QString> from;
    QStringList names;
    for (qsizetype i = 3; i < words.size(); ++i) {
        const QString &word = words.at(i);
        auto take = [&](const QString &longName, const QString &shortName,
                        QString *target) -> std::optional<bool> {
            if (word.startsWith(longName + u'=')) {
                *target = word.mid(longName.size() + 1);
                return true;
            }
            if (word == longName || (!shortName.isEmpty() && word == shortName)) {
                if (i + 1 >= words.size())
                    return false;
                *target = words.at(++i);
                return true;
            }
            return std::nullopt;
        };
        QString fromValue;
        std::optional<bool> taken
            = take(QStringLiteral("--adapter"), QStringLiteral("-a"), &adapter);
        if (!taken)
            taken = take(QStringLiteral("--account"), QString(), &account);
        if (!taken) {
            taken = take(QStringLiteral("--from"), QString(), &fromValue);
            if (taken && *taken)
                from = fromValue;
        }
        if (taken && !*taken)
            return failed(QStringLiteral("No value provided for option '%1'").arg(word));
        if (!taken)
            names.append(word);
    }
    if (adapter.isEmpty())
        return failed(QStringLiteral("No value provided for required options '--adapter'"));
    // Kamal::Secrets::Adapters.lookup
    QString name = adapter;
    const QString lower = adapter.toLower();
    if (lower == u"1password")
        name = QStringLiteral("one_password");
    else if (lower == u"lastpass")
        name = QStringLiteral("last_pass");
    else if (lower == u"gcp")
        name = QStringLiteral("gcp_secret_manager");
    else if (lower == u"bitwarden-sm")
        name = QStringLiteral("bitwarden_secrets_manager");
    static const QHash<QString, QString> tools {
        {QStringLiteral("one_password"), QStringLiteral("1Password")},
        {QStringLiteral("bitwarden"), QStringLiteral("Bitwarden")},
        {QStringLiteral("bitwarden_secrets_manager"), QStringLiteral("Bitwarden Secrets Manager")},
        {QStringLiteral("last_pass"), QStringLiteral("LastPass")},
        {QStringLiteral("aws_secrets_manager"), QStringLiteral("AWS Secrets Manager")},
        {QStringLiteral("doppler"), QStringLiteral("Doppler")},
        {QStringLiteral("gcp_secret_manager"), QStringLiteral("GCP Secret Manager")},
        {QStringLiteral("enpass"), QStringLiteral("Enpass")},
        {QStringLiteral("passbolt"), QStringLiteral("Passbolt")},
        {QStringLiteral("test"), QString()}};
    if (!tools.contains(name))
        return failed(QStringLiteral("Unknown secrets adapter: %1").arg(name));
    if (name != u"test") {
        if (!QStandardPaths::findExecutable(QStringLiteral("kamal")).isEmpty())
            return std::nullopt;
        return failed(Text::tr("Berth fetches from %1 through Kamal, and the kamal command is "
                               "not installed. Install Kamal (gem install kamal) so that kamal "
                               "is on the PATH, or set the values in Berth's project "
                               "environment instead.")
                          .arg(tools.value(name)));
    }
    // Kamal::Secrets::Adapters::Test: every (prefixed) name maps to itself reversed.
    if (account.isEmpty())
        return failed(QStringLiteral("Missing required option '--account'"));
    QJsonObject results;
    for (const QString &secret : std::as_const(names)) {
        const QString key = from ? *from + u'/' + secret : secret;
        QString reversed = key;
        std::reverse(reversed.begin(), reversed.end());
        results.insert(key, reversed);
    }
    CommandOutcome outcome;
    outcome.standardOutput
        = rubyShellEscape(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)))
        + u'\n';
    return outcome;
}

std::optional<QStringList> shellSplit(const QString &text)
{
    QStringList words;
    QString field;
    const qsizetype n = text.size();
    qsizetype p = 0;
    while (true) {
        while (p < n && isRubySpace(text.at(p)))
            ++p;
        if (p >= n)
            break;
        const QChar c = text.at(p);
        if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', p + 1);
            if (close < 0)
                return std::nullopt;
            field += text.mid(p + 1, close - p - 1);
            p = close + 1;
        } else if (c == u'"') {
            QString word;
            qsizetype q = p + 1;
            bool closed = false;
            while (q < n) {
                const QChar d = text.at(q);
                if (d == u'"') {
                    closed = true;
                    break;
                }
                if (d == u'\\') {
                    if (q + 1 >= n)
                        break;
                    const QChar e = text.at(q + 1);
                    // Inside double quotes only \$ \` \" \\ and \newline lose the backslash.
                    if (e != u'$' && e != u'`' && e != u'"' && e != u'\\' && e != u'\n')
                        word += d;
                    word += e;
                    q += 2;
                    continue;
                }
                word += d;
                ++q;
            }
            if (!closed)
                return std::nullopt;
            field += word;
            p = q + 1;
        } else if (c == u'\\') {
            field += p + 1 < n ? text.at(p + 1) : QChar(u'\\');
            p += p + 1 < n ? 2 : 1;
        } else {
            const qsizetype start = p;
            while (p < n && !isRubySpace(text.at(p)) && text.at(p) != u'\\' && text.at(p) != u'\''
                   && text.at(p) != u'"')
                ++p;
            field += text.mid(start, p - start);
        }
        if (p >= n || isRubySpace(text.at(p))) {
            words.append(field);
            field.clear();
            if (p < n)
                ++p;
        }
    }
    return words;
}

bool SecretsResolution::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Config::Diagnostic &d) {
        return d.severity == Config::Severity::Error;
    });
}

QHash<QString, QString> SecretsResolution::values() const
{
    QHash<QString, QString> hash;
    for (const ResolvedSecret &secret : secrets)
        hash.insert(secret.name, secret.value);
    return hash;
}

Redactor SecretsResolution::redactor() const
{
    return Redactor(values());
}

namespace {

// One pass over all files: what Kamal's merged hash looks like with the commands run so far.
struct Pass
{
    QList<ResolvedSecret> secrets;
    QList<UnresolvedSecret> unresolved;
    QList<PendingCommand> pendingCommands;
    Config::Diagnostics diagnostics;
    QHash<QString, QString> resolvedValues;
};

class Resolver
{
public:
    explicit Resolver(const ResolveRequest &request)
        : m_request(request)
        , m_root(QDir(request.projectFolder).absolutePath())
    {
        for (auto it = request.projectEnvironment.cbegin(); it != request.projectEnvironment.cend();
             ++it) {
            if (!request.plainNames.contains(it.key()))
                m_projectSecrets.insert(it.key(), it.value());
        }
    }

    SecretsResolution run();

private:
    std::optional<QString> variable(const QString &name) const;
    std::optional<QString> runCommand(const QString &command, const Redactor &redactor);
    Pass runPass(const QHash<QString, QString> &known);

    const ResolveRequest &m_request;
    QString m_root;
    QHash<QString, QString> m_projectSecrets;
    QList<std::pair<QString, QString>> m_files; // relative path, text
    // Every command is run at most once per resolution, keyed by its exact text (memory only).
    QHash<QString, CommandRecord> m_commands;
};

std::optional<QString> Resolver::variable(const QString &name) const
{
    const auto it = m_request.projectEnvironment.constFind(name);
    if (it != m_request.projectEnvironment.constEnd())
        return *it;
    if (name == u"KAMAL_DESTINATION") {
        // Kamal sets ENV["KAMAL_DESTINATION"] (or deletes it) before it reads any secret.
        if (m_request.destination.isEmpty())
            return std::nullopt;
        return m_request.destination;
    }
    if (m_request.processEnvironment)
        return m_request.processEnvironment(name);
    if (!qEnvironmentVariableIsSet(qPrintable(name)))
        return std::nullopt;
    return qEnvironmentVariable(qPrintable(name));
}

std::optional<QString> Resolver::runCommand(const QString &command, const Redactor &redactor)
{
    const auto cached = m_commands.constFind(command);
    if (cached != m_commands.constEnd())
        return cached->ok ? std::optional<QString>(cached->output) : std::nullopt;

    std::optional<QStringList> words;
    if (command.contains(QLatin1String("secrets")))
        words = shellSplit(command);
    if (words && isKamalSecrets(*words) && words->value(2) == u"extract") {
        // No process: Kamal answers this in-process too, and it carries the fetched values.
        CommandRecord record;
        std::optional<QString> value = extractSecret(*words, &record.problem);
        record.ok = value.has_value();
        record.output = value.value_or(QString());
        m_commands.insert(command, record);
        return value;
    }
    if (!m_request.isApproved || !m_request.isApproved(redactor.redact(command)))
        return std::nullopt; // pending: not recorded, a later pass may know more values

    CommandRequest request;
    // A `kamal secrets fetch` run as a process prints what Kamal's inline call returns (the
    // shell-escaped JSON) — `--inline` would make it print nothing — so the text runs as is.
    request.command = command;
    request.workingDirectory = m_root;
    request.environment = m_request.projectEnvironment;
    if (!m_request.destination.isEmpty())
        request.environment.insert(QStringLiteral("KAMAL_DESTINATION"), m_request.destination);
    request.timeoutMs = m_request.commandTimeoutMs;
    std::optional<CommandOutcome> adapted;
    if (words && isKamalSecrets(*words)) {
        adapted = m_request.kamalSecrets ? m_request.kamalSecrets(*words, request)
                                         : runKamalSecretsInline(*words, request);
    }
    const CommandOutcome outcome = adapted ? *adapted
        : m_request.runner                 ? m_request.runner(request)
                                           : runShellCommand(request);

    CommandRecord record;
    const QString stderrQuote = outcome.standardError.trimmed().right(StderrQuoteLength);
    switch (outcome.status) {
    case CommandOutcome::Status::FailedToStart:
        record.problem = Text::tr("the command could not be started: %1").arg(stderrQuote);
        break;
    case CommandOutcome::Status::TimedOut:
        record.problem = Text::tr("the command did not finish within %n second(s) and was "
                                  "stopped",
                                  nullptr, m_request.commandTimeoutMs / 1000);
        break;
    case CommandOutcome::Status::Crashed: record.problem = Text::tr("the command crashed"); break;
    case CommandOutcome::Status::Failed: record.problem = stderrQuote; break;
    case CommandOutcome::Status::Finished:
        // Ruby's backticks ignore the exit status: so does Kamal, and so does the value.
        record.ok = true;
        record.output = chomp(outcome.standardOutput);
        if (outcome.exitCode != 0) {
            record.warning = true;
            record.problem = stderrQuote.isEmpty()
                ? Text::tr("the command exited with code %1").arg(outcome.exitCode)
                : Text::tr("the command exited with code %1: %2")
                      .arg(outcome.exitCode)
                      .arg(stderrQuote);
        }
        if (words && isKamalSecrets(*words))
            record.output = rubyStrip(record.output);
        break;
    }
    m_commands.insert(command, record);
    return record.ok ? std::optional<QString>(record.output) : std::nullopt;
}

Pass Resolver::runPass(const QHash<QString, QString> &known)
{
    QHash<QString, QString> redactable = m_projectSecrets;
    redactable.insert(known);
    const Redactor redactor(redactable);

    SecretsContext context;
    context.variable = [this](const QString &name) { return variable(name); };
    context.runCommand
        = [this, &redactor](const QString &command) { return runCommand(command, redactor); };

    Pass pass;
    QHash<QString, qsizetype> index; // name → position in the merged list
    QHash<QString, qsizetype> pendingIndex;
    for (const auto &[file, text] : std::as_const(m_files)) {
        const SecretsFileResult parsed = parseSecretsFile(text, file, context);
        pass.diagnostics += parsed.diagnostics;
        for (const SecretEntry &entry : parsed.entries) {
            // Hash#merge!: a later file's key replaces the value but keeps the position.
            const auto oldResolved = index.constFind(entry.name);
            const auto oldPending = pendingIndex.constFind(entry.name);
            QStringList shownCommands;
            for (const QString &command : entry.commands)
                shownCommands.append(redactor.redact(command));
            if (entry.kind != SecretEntry::Kind::PendingCommand) {
                ResolvedSecret secret {entry.name, entry.value, file,
                                       entry.line, entry.kind,  shownCommands};
                if (oldPending != pendingIndex.constEnd()) {
                    pass.unresolved.removeAt(*oldPending);
                    pendingIndex.remove(entry.name);
                    for (auto &i : pendingIndex) {
                        if (i > *oldPending)
                            --i;
                    }
                }
                if (oldResolved != index.constEnd()) {
                    pass.secrets[*oldResolved] = secret;
                } else {
                    index.insert(entry.name, pass.secrets.size());
                    pass.secrets.append(secret);
                }
                pass.resolvedValues.insert(entry.name, entry.value);
                continue;
            }
            UnresolvedSecret unresolved {entry.name, file, entry.line, {}, {}, false};
            unresolved.waitingForNames = entry.pendingDependencies;
            for (qsizetype i = 0; i < entry.commands.size(); ++i) {
                const auto record = m_commands.constFind(entry.commands.at(i));
                if (record != m_commands.constEnd() && record->ok)
                    continue;
                if (record != m_commands.constEnd()) {
                    unresolved.commandFailed = true;
                    continue;
                }
                unresolved.waitingForCommands.append(shownCommands.at(i));
            }
            if (oldResolved != index.constEnd()) {
                // A pending redefinition hides the earlier value, as it would in Kamal.
                pass.secrets.removeAt(*oldResolved);
                pass.resolvedValues.remove(entry.name);
                index.remove(entry.name);
                for (auto &i : index) {
                    if (i > *oldResolved)
                        --i;
                }
            }
            if (oldPending != pendingIndex.constEnd()) {
                pass.unresolved[*oldPending] = unresolved;
            } else {
                pendingIndex.insert(entry.name, pass.unresolved.size());
                pass.unresolved.append(unresolved);
            }
        }
        // Commands that failed or warned, reported at the line of the key that used them.
        for (const SecretEntry &entry : parsed.entries) {
            for (const QString &command : entry.commands) {
                const auto record = m_commands.constFind(command);
                if (record == m_commands.constEnd() || record->problem.isEmpty())
                    continue;
                Config::Diagnostic d;
                d.severity = record->warning ? Config::Severity::Warning : Config::Severity::Error;
                d.code = record->warning ? QStringLiteral("secrets.command-exit-status")
                                         : QStringLiteral("secrets.command-failed");
                d.location.file = file;
                d.location.line = entry.line;
                d.message = Text::tr("%1: $(%2): %3")
                                .arg(entry.name, redactor.redact(command), record->problem);
                if (record->warning)
                    d.hint = Text::tr("Kamal uses the output anyway; check that it is the value "
                                      "you expect.");
                pass.diagnostics.append(d);
            }
        }
    }
    for (const UnresolvedSecret &u : std::as_const(pass.unresolved)) {
        for (const QString &command : u.waitingForCommands) {
            auto it = std::find_if(
                pass.pendingCommands.begin(), pass.pendingCommands.end(),
                [&command](const PendingCommand &p) { return p.command == command; });
            if (it == pass.pendingCommands.end())
                pass.pendingCommands.append({command, u.file, u.line, {u.name}});
            else if (!it->names.contains(u.name))
                it->names.append(u.name);
        }
    }
    return pass;
}

SecretsResolution Resolver::run()
{
    SecretsResolution resolution;
    const QDir root(m_root);
    const QStringList files = secretsFilesFor(m_request.secretsPath, m_request.destination);
    for (const QString &file : files) {
        QFile f(root.filePath(file));
        if (!f.exists())
            continue; // Kamal skips missing files
        if (!f.open(QIODevice::ReadOnly)) {
            Config::Diagnostic d;
            d.code = QStringLiteral("secrets.unreadable");
            d.location.file = file;
            d.message = Text::tr("%1 could not be read: %2").arg(file, f.errorString());
            d.hint = Text::tr("Check the file's permissions.");
            resolution.diagnostics.append(d);
            continue;
        }
        m_files.append({QDir::cleanPath(file), QString::fromUtf8(f.readAll())});
        resolution.filesRead.append(QDir::cleanPath(file));
    }
    if (m_files.isEmpty()) {
        Config::Diagnostic d;
        d.severity = Config::Severity::Warning;
        d.code = QStringLiteral("secrets.no-files");
        d.message = Text::tr("No secrets files: none of %1 exists").arg(files.join(u", "));
        d.hint = Text::tr("Kamal stops at the first secret it needs; create %1 or set the "
                          "values in Berth's project environment.")
                     .arg(files.constLast());
        resolution.diagnostics.append(d);
        return resolution;
    }

    // Values found in one pass redact the command texts of the next, so a command that
    // carries an earlier secret (`kamal secrets extract X $SECRETS`) is asked about, approved
    // and stored without that secret in it. Repeat until a pass resolves nothing new; every
    // command runs once (m_commands), so a pass costs only parsing.
    QHash<QString, QString> known;
    Pass pass = runPass(known);
    for (int guard = 0; guard < 1000 && pass.resolvedValues != known; ++guard) {
        known = pass.resolvedValues;
        pass = runPass(known);
    }

    resolution.secrets = std::move(pass.secrets);
    resolution.unresolved = std::move(pass.unresolved);
    resolution.pendingCommands = std::move(pass.pendingCommands);
    // Diagnostics quote stderr and command texts: redact with everything known at the end.
    QHash<QString, QString> redactable = m_projectSecrets;
    redactable.insert(pass.resolvedValues);
    const Redactor redactor(redactable);
    for (Config::Diagnostic &d : pass.diagnostics) {
        d.message = redactor.redact(d.message);
        d.hint = redactor.redact(d.hint);
        resolution.diagnostics.append(d);
    }
    return resolution;
}

} // namespace

SecretsResolution resolveSecrets(const ResolveRequest &request)
{
    Resolver resolver(request);
    return resolver.run();
}

} // namespace Berth::Secrets
