// SecretsResolver against real files and real /bin/sh commands.
#include "core/secrets/SecretsResolver.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Secrets;
using Berth::Config::Severity;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

const ResolvedSecret *find(const SecretsResolution &r, const QString &name)
{
    for (const ResolvedSecret &s : r.secrets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList names(const SecretsResolution &r)
{
    QStringList list;
    for (const ResolvedSecret &s : r.secrets)
        list.append(s.name);
    return list;
}

QString allDiagnosticText(const SecretsResolution &r)
{
    QString text;
    for (const auto &d : r.diagnostics)
        text += d.code + u' ' + d.message + u' ' + d.hint + u'\n';
    return text;
}

// A process environment with only what a case gives it.
std::function<std::optional<QString>(const QString &)> env(QHash<QString, QString> values)
{
    return [values](const QString &name) -> std::optional<QString> {
        const auto it = values.constFind(name);
        return it == values.constEnd() ? std::nullopt : std::optional<QString>(*it);
    };
}

} // namespace

class TestSecretsResolver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh project folder per case.
    QString project(const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString root = m_dir.filePath(QStringLiteral("p%1").arg(++m_count));
        QDir().mkpath(root);
        for (const auto &[name, text] : files)
            writeFile(root + u'/' + name, text);
        return root;
    }

private Q_SLOTS:
    void readsCommonThenTheDefaultFile()
    {
        ResolveRequest request;
        request.projectFolder
            = project({{QStringLiteral(".kamal/secrets-common"), "A=common\nB=common\n"},
                       {QStringLiteral(".kamal/secrets"), "B=default\nC=default\n"},
                       {QStringLiteral(".kamal/secrets.staging"), "C=staging\n"}});
        request.processEnvironment = env({});
        const SecretsResolution r = resolveSecrets(request);
        QCOMPARE(r.filesRead,
                 (QStringList {QStringLiteral(".kamal/secrets-common"),
                               QStringLiteral(".kamal/secrets")}));
        QCOMPARE(names(r),
                 (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(find(r, QStringLiteral("B"))->value, QStringLiteral("default"));
        QCOMPARE(find(r, QStringLiteral("B"))->file, QStringLiteral(".kamal/secrets"));
        QCOMPARE(find(r, QStringLiteral("B"))->line, 1);
        QCOMPARE(find(r, QStringLiteral("C"))->value, QStringLiteral("default"));
        QVERIFY(r.isComplete());
        QVERIFY(!r.hasErrors());
    }

    void aDestinationSkipsTheDefaultFile()
    {
        ResolveRequest request;
        request.projectFolder = project(
            {{QStringLiteral(".kamal/secrets-common"), "A=common\n"},
             {QStringLiteral(".kamal/secrets"), "B=default\n"},
             {QStringLiteral(".kamal/secrets.staging"), "A=staging\nD=$KAMAL_DESTINATION\n"}});
        request.destination = QStringLiteral("staging");
        request.processEnvironment
            = env({{QStringLiteral("KAMAL_DESTINATION"), QStringLiteral("x")}});
        const SecretsResolution r = resolveSecrets(request);
        QCOMPARE(names(r), (QStringList {QStringLiteral("A"), QStringLiteral("D")}));
        QCOMPARE(find(r, QStringLiteral("A"))->value, QStringLiteral("staging"));
        // Kamal sets KAMAL_DESTINATION itself.
        QCOMPARE(find(r, QStringLiteral("D"))->value, QStringLiteral("staging"));
    }

    void variablesLookInTheFileThenTheProjectThenTheProcess()
    {
        ResolveRequest request;
        request.projectFolder = project(
            {{QStringLiteral(".kamal/secrets-common"), "FROM_COMMON=c\n"},
             {QStringLiteral(".kamal/secrets"),
              "X=file\nA=$X\nB=${PROJ}\nC=$PROC\nD=$FROM_COMMON\nE=$NOWHERE.\nF='$X'\n"}});
        request.projectEnvironment = {{QStringLiteral("X"), QStringLiteral("project-x")},
                                      {QStringLiteral("PROJ"), QStringLiteral("project")},
                                      {QStringLiteral("PROC"), QStringLiteral("project wins")}};
        request.processEnvironment = env({{QStringLiteral("PROC"), QStringLiteral("process")},
                                          {QStringLiteral("NOWHERE"), QString()}});
        SecretsResolution r = resolveSecrets(request);
        QCOMPARE(find(r, QStringLiteral("A"))->value, QStringLiteral("file"));
        QCOMPARE(find(r, QStringLiteral("A"))->kind, SecretEntry::Kind::Substituted);
        QCOMPARE(find(r, QStringLiteral("B"))->value, QStringLiteral("project"));
        QCOMPARE(find(r, QStringLiteral("C"))->value, QStringLiteral("project wins"));
        // Another file's keys are not visible (separate Dotenv.parse), only the environments.
        QCOMPARE(find(r, QStringLiteral("D"))->value, QString());
        QCOMPARE(find(r, QStringLiteral("E"))->value, QStringLiteral("."));
        QCOMPARE(find(r, QStringLiteral("F"))->value, QStringLiteral("$X"));

        request.projectEnvironment.remove(QStringLiteral("PROC"));
        r = resolveSecrets(request);
        QCOMPARE(find(r, QStringLiteral("C"))->value, QStringLiteral("process"));
    }

    void unapprovedCommandsArePendingAndNeverRun()
    {
        const QString root = project(
            {{QStringLiteral(".kamal/secrets"), "TOKEN=$(touch ran && echo x)\nAFTER=$TOKEN-y\n"}});
        ResolveRequest request;
        request.projectFolder = root;
        const SecretsResolution r = resolveSecrets(request);
        QVERIFY(!QFile::exists(root + QStringLiteral("/ran")));
        QVERIFY(!r.isComplete());
        QCOMPARE(r.pendingCommands.size(), 1);
        QCOMPARE(r.pendingCommands.constFirst().command, QStringLiteral("touch ran && echo x"));
        QCOMPARE(r.pendingCommands.constFirst().names, QStringList {QStringLiteral("TOKEN")});
        QCOMPARE(r.pendingCommands.constFirst().line, 1);
        QCOMPARE(r.unresolved.size(), 2);
        QCOMPARE(r.unresolved.at(1).name, QStringLiteral("AFTER"));
        QCOMPARE(r.unresolved.at(1).waitingForNames, QStringList {QStringLiteral("TOKEN")});
        QVERIFY(find(r, QStringLiteral("TOKEN")) == nullptr);
    }

    void approvedCommandsRunInTheProjectFolderThroughTheShell()
    {
        const QString root = project(
            {{QStringLiteral(".kamal/secrets"),
              "WHERE=$(pwd)\nFROM_ENV=$(printenv PROJECT_TOKEN)\nCHOMPED=\"$(printf 'a\\n\\n')\"\n"
              "PIPE=$(echo hello | tr a-z A-Z)\n"}});
        ResolveRequest request;
        request.projectFolder = root;
        request.projectEnvironment = {{QStringLiteral("PROJECT_TOKEN"), QStringLiteral("t0k3n")}};
        QStringList asked;
        request.isApproved = [&asked](const QString &command) {
            asked.append(command);
            return true;
        };
        const SecretsResolution r = resolveSecrets(request);
        QVERIFY2(r.isComplete(), qPrintable(allDiagnosticText(r)));
        QCOMPARE(find(r, QStringLiteral("WHERE"))->value, QFileInfo(root).canonicalFilePath());
        QCOMPARE(find(r, QStringLiteral("FROM_ENV"))->value, QStringLiteral("t0k3n"));
        // Ruby's chomp removes one newline only.
        QCOMPARE(find(r, QStringLiteral("CHOMPED"))->value, QStringLiteral("a\n"));
        QCOMPARE(find(r, QStringLiteral("PIPE"))->value, QStringLiteral("HELLO"));
        QCOMPARE(find(r, QStringLiteral("PIPE"))->kind, SecretEntry::Kind::Command);
        QCOMPARE(find(r, QStringLiteral("PIPE"))->commands,
                 QStringList {QStringLiteral("echo hello | tr a-z A-Z")});
        QVERIFY(asked.contains(QStringLiteral("printenv PROJECT_TOKEN")));
    }

    void aCommandCarryingASecretIsApprovedWithoutIt()
    {
        const QString root
            = project({{QStringLiteral(".kamal/secrets"),
                        "BASE=$(echo s3cr3t-base)\nDERIVED=$(echo $BASE-derived)\n"}});
        const QString settingsFile = root + QStringLiteral("/../approved-%1.ini").arg(m_count);
        ApprovedCommands approved(settingsFile, projectId(root));
        approved.approve(QStringLiteral("echo s3cr3t-base"));
        ResolveRequest request;
        request.projectFolder = root;
        request.isApproved = [&approved](const QString &c) { return approved.isApproved(c); };

        SecretsResolution r = resolveSecrets(request);
        QCOMPARE(find(r, QStringLiteral("BASE"))->value, QStringLiteral("s3cr3t-base"));
        QCOMPARE(r.pendingCommands.size(), 1);
        // The user is shown (and approves) the text with the earlier value redacted.
        QCOMPARE(r.pendingCommands.constFirst().command,
                 QStringLiteral("echo [secret BASE]-derived"));
        approved.approve(r.pendingCommands.constFirst().command);

        r = resolveSecrets(request);
        QVERIFY(r.isComplete());
        QCOMPARE(find(r, QStringLiteral("DERIVED"))->value, QStringLiteral("s3cr3t-base-derived"));
        // Shown commands hold no value (this one echoes DERIVED's own value, so it says so).
        QCOMPARE(find(r, QStringLiteral("DERIVED"))->commands,
                 QStringList {QStringLiteral("echo [secret DERIVED]")});
        // What was stored holds no value.
        QFile stored(settingsFile);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        QVERIFY(bytes.contains("[secret BASE]"));
        QVERIFY(!bytes.contains("s3cr3t-base-derived"));
    }

    void kamalSecretsExtractRunsInProcess()
    {
        const QString root = project(
            {{QStringLiteral(".kamal/secrets"),
              "SECRETS=$(kamal secrets fetch --adapter 1password --account acme --from Vault/Item "
              "REGISTRY_PASSWORD DB_URL)\n"
              "REGISTRY_PASSWORD=$(kamal secrets extract REGISTRY_PASSWORD $SECRETS)\n"
              "DB_URL=$(kamal secrets extract DB_URL ${SECRETS})\n"
              "MISSING=$(kamal secrets extract NOPE $SECRETS)\n"}});
        ResolveRequest request;
        request.projectFolder = root;
        // The real kamal runs 1password fetches; here the runner stands in for it.
        request.kamalSecrets
            = [](const QStringList &, const CommandRequest &) -> std::optional<CommandOutcome> {
            return std::nullopt;
        };
        QStringList ran;
        request.runner = [&ran](const CommandRequest &command) {
            ran.append(command.command);
            CommandOutcome outcome;
            // What `kamal secrets fetch …` prints: shell-escaped JSON.
            outcome.standardOutput = QStringLiteral(
                "\\{\\\"Vault/Item/REGISTRY_PASSWORD\\\":\\\"reg\\ pass\\\",\\\"Vault/Item/"
                "DB_URL\\\":\\\"postgres://u:p@db/app\\\"\\}\n");
            return outcome;
        };
        request.isApproved = [](const QString &command) {
            return command.startsWith(QLatin1String("kamal secrets fetch"));
        };
        const SecretsResolution r = resolveSecrets(request);
        // Only the fetch ran, as written; the extracts never became processes.
        QCOMPARE(ran.size(), 1);
        QVERIFY(ran.constFirst().startsWith(QLatin1String("kamal secrets fetch --adapter")));
        QVERIFY(ran.constFirst().endsWith(QLatin1String("REGISTRY_PASSWORD DB_URL")));
        QCOMPARE(find(r, QStringLiteral("REGISTRY_PASSWORD"))->value, QStringLiteral("reg pass"));
        QCOMPARE(find(r, QStringLiteral("DB_URL"))->value, QStringLiteral("postgres://u:p@db/app"));
        QVERIFY(find(r, QStringLiteral("MISSING")) == nullptr);
        QCOMPARE(r.unresolved.size(), 1);
        QVERIFY(r.unresolved.constFirst().commandFailed);
        QVERIFY(r.hasErrors());
        const QString diagnostics = allDiagnosticText(r);
        QVERIFY2(diagnostics.contains(QLatin1String("Could not find secret NOPE")),
                 qPrintable(diagnostics));
        QVERIFY2(!diagnostics.contains(QLatin1String("reg pass")), qPrintable(diagnostics));
        QVERIFY(diagnostics.contains(QLatin1String("[secret SECRETS]")));
    }

    void kamalSecretsCommandsCanBeAnsweredByAnAdapter()
    {
        const QString root
            = project({{QStringLiteral(".kamal/secrets"),
                        "SECRETS=$(kamal secrets fetch --adapter test --account a X Y)\n"
                        "X=$(kamal secrets extract X $SECRETS)\nOTHER=$(echo other)\n"}});
        ResolveRequest request;
        request.projectFolder = root;
        request.isApproved = [](const QString &) { return true; };
        QList<QStringList> adapted;
        request.kamalSecrets = [&adapted](const QStringList &words,
                                          const CommandRequest &) -> std::optional<CommandOutcome> {
            adapted.append(words);
            CommandOutcome outcome;
            outcome.standardOutput = QStringLiteral("\\{\\\"X\\\":\\\"x-value\\\"\\}\n");
            return outcome;
        };
        int spawned = 0;
        request.runner = [&spawned](const CommandRequest &) {
            ++spawned;
            CommandOutcome outcome;
            outcome.standardOutput = QStringLiteral("other\n");
            return outcome;
        };
        const SecretsResolution r = resolveSecrets(request);
        QVERIFY2(r.isComplete(), qPrintable(allDiagnosticText(r)));
        QCOMPARE(adapted.size(), 1);
        QCOMPARE(adapted.constFirst().mid(0, 4),
                 (QStringList {u"kamal"_s, u"secrets"_s, u"fetch"_s, u"--adapter"_s}));
        QCOMPARE(spawned, 1); // only `echo other`
        QCOMPARE(find(r, QStringLiteral("X"))->value, QStringLiteral("x-value"));
    }

    void kamalSecretsFetchWithTheTestAdapterRunsInProcess()
    {
        // Kamal's own test adapter: values are the prefixed names reversed.
        const QString root = project(
            {{QStringLiteral(".kamal/secrets"),
              "SECRETS=$(kamal secrets fetch --adapter test --account a --from vault/item "
              "KAMAL_REGISTRY_PASSWORD \"DB PASS\")\n"
              "KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)\n"
              "DB=$(kamal secrets extract \"DB PASS\" $SECRETS)\n"
              "NO_ACCOUNT=$(kamal secrets fetch --adapter=test X)\n"
              "UNKNOWN=$(kamal secrets fetch -a nope --account a X)\n"}});
        ResolveRequest request;
        request.projectFolder = root;
        request.isApproved = [](const QString &) { return true; };
        request.runner = [](const CommandRequest &) -> CommandOutcome {
            QTest::qFail("no process may start", __FILE__, __LINE__);
            return {};
        };
        const SecretsResolution r = resolveSecrets(request);
        QCOMPARE(find(r, QStringLiteral("KAMAL_REGISTRY_PASSWORD"))->value,
                 QStringLiteral("DROWSSAP_YRTSIGER_LAMAK/meti/tluav"));
        QCOMPARE(find(r, QStringLiteral("DB"))->value, QStringLiteral("SSAP BD/meti/tluav"));
        QCOMPARE(r.unresolved.size(), 2);
        const QString diagnostics = allDiagnosticText(r);
        QVERIFY2(diagnostics.contains(QLatin1String("Missing required option '--account'")),
                 qPrintable(diagnostics));
        QVERIFY2(diagnostics.contains(QLatin1String("Unknown secrets adapter: nope")),
                 qPrintable(diagnostics));
    }

    void rubyShellEscapeMatchesRuby()
    {
        QCOMPARE(rubyShellEscape(QString()), QStringLiteral("''"));
        QCOMPARE(rubyShellEscape(QStringLiteral("{\"a b\":\"c/d@e\"}")),
                 QStringLiteral("\\{\\\"a\\ b\\\":\\\"c/d@e\\\"\\}"));
        QCOMPARE(rubyShellEscape(QStringLiteral("x\ny")), QStringLiteral("x'\n'y"));
        // Round trip through shellSplit, as the extract command line does.
        const QString json = QStringLiteral("{\"k\":\"it's $HOME; `x` \\\\ ü\"}");
        QCOMPARE(shellSplit(QStringLiteral("x ") + rubyShellEscape(json))->value(1), json);
    }

    void aFailingCommandIsReportedWithoutItsValues()
    {
        const QString root = project({{QStringLiteral(".kamal/secrets"),
                                       "PASS=$(echo hunter2-pass)\n"
                                       "LOUD=$(echo out; echo \"leaked $PASS\" >&2; exit 3)\n"
                                       "SLOW=$(sleep 5)\n"}});
        ResolveRequest request;
        request.projectFolder = root;
        request.isApproved = [](const QString &) { return true; };
        request.commandTimeoutMs = 300;
        const SecretsResolution r = resolveSecrets(request);
        // Kamal ignores the exit status: the value is the output, with a warning.
        QCOMPARE(find(r, QStringLiteral("LOUD"))->value, QStringLiteral("out"));
        QVERIFY(find(r, QStringLiteral("SLOW")) == nullptr);
        QCOMPARE(r.unresolved.size(), 1);
        QVERIFY(r.unresolved.constFirst().commandFailed);
        QVERIFY(r.pendingCommands.isEmpty());
        const QString diagnostics = allDiagnosticText(r);
        QVERIFY2(diagnostics.contains(QLatin1String("secrets.command-exit-status")),
                 qPrintable(diagnostics));
        QVERIFY2(diagnostics.contains(QLatin1String("leaked [secret PASS]")),
                 qPrintable(diagnostics));
        QVERIFY2(diagnostics.contains(QLatin1String("secrets.command-failed")),
                 qPrintable(diagnostics));
        QVERIFY(!diagnostics.contains(QLatin1String("hunter2")));
        QVERIFY(r.hasErrors());
    }

    void noFilesIsAWarning()
    {
        ResolveRequest request;
        request.projectFolder = project({});
        const SecretsResolution r = resolveSecrets(request);
        QVERIFY(r.secrets.isEmpty());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.constFirst().code, QStringLiteral("secrets.no-files"));
        QCOMPARE(r.diagnostics.constFirst().severity, Severity::Warning);
    }

    void approvedCommandsPersistPerProject()
    {
        const QString file = m_dir.filePath(QStringLiteral("approvals.ini"));
        {
            ApprovedCommands a(file, QStringLiteral("project-a"));
            a.approve(QStringLiteral("op read op://x/y"));
            a.approve(QStringLiteral("op read op://x/y"));
            a.approve(QStringLiteral("echo 1"));
        }
        ApprovedCommands a(file, QStringLiteral("project-a"));
        QCOMPARE(a.commands(),
                 (QStringList {QStringLiteral("op read op://x/y"), QStringLiteral("echo 1")}));
        QVERIFY(a.isApproved(QStringLiteral("echo 1")));
        QVERIFY(!a.isApproved(QStringLiteral("echo 1 ")));
        QSettings settings(file, QSettings::IniFormat);
        ApprovedCommands b(&settings, QStringLiteral("project-b"));
        QVERIFY(!b.isApproved(QStringLiteral("echo 1")));
        a.revoke(QStringLiteral("echo 1"));
        ApprovedCommands again(file, QStringLiteral("project-a"));
        QCOMPARE(again.commands(), QStringList {QStringLiteral("op read op://x/y")});
    }

    void theCommandTextStaysOffTheCommandLine()
    {
        const ShellInvocation posix = shellInvocation(ShellKind::Posix);
        QCOMPARE(posix.program, QStringLiteral("/bin/sh"));
        const ShellInvocation windows = shellInvocation(ShellKind::Windows);
        QCOMPARE(windows.program, QStringLiteral("cmd.exe"));
        QVERIFY(windows.arguments.contains(QStringLiteral("/c")));
        QCOMPARE(windows.arguments.constLast(), QStringLiteral("%BERTH_SHELL_COMMAND%"));

        // The running shell's own argv, as `ps` shows it, lacks the text.
        CommandRequest request;
        request.command = QStringLiteral("tr '\\0' ' ' < /proc/$$/cmdline # needle-4711");
        request.workingDirectory = m_dir.path();
        const CommandOutcome outcome = runShellCommand(request);
        QCOMPARE(outcome.status, CommandOutcome::Status::Finished);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.standardOutput.startsWith(QLatin1String("/bin/sh -c")),
                 qPrintable(outcome.standardOutput));
        QVERIFY(!outcome.standardOutput.contains(QLatin1String("needle-4711")));
        // Nor does the environment of what the command starts.
        request.command = QStringLiteral("printenv BERTH_SHELL_COMMAND; echo \"exit $?\"");
        QCOMPARE(runShellCommand(request).standardOutput, QStringLiteral("exit 1\n"));
    }

    void runShellCommandReportsStartFailuresAndTimeouts()
    {
        CommandRequest request;
        request.workingDirectory = m_dir.path();
        request.command = QStringLiteral("sleep 10");
        request.timeoutMs = 200;
        QCOMPARE(runShellCommand(request).status, CommandOutcome::Status::TimedOut);
        request.command = QStringLiteral("no-such-command-berth");
        request.timeoutMs = 5000;
        const CommandOutcome missing = runShellCommand(request);
        QCOMPARE(missing.status, CommandOutcome::Status::Finished);
        QCOMPARE(missing.exitCode, 127);
        QVERIFY(missing.standardError.contains(QLatin1String("not found")));
    }

    void projectIdIsStableAcrossSpellings()
    {
        const QString root = project({});
        const QString id = projectId(root);
        QCOMPARE(id.size(), 16);
        QCOMPARE(projectId(root + QStringLiteral("/")), id);
        QCOMPARE(projectId(root + QStringLiteral("/.kamal/../")), id);
        QVERIFY(projectId(project({})) != id);
    }

    void shellSplitFollowsRuby_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << QStringLiteral("a  b\tc") << QStringList {u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("single") << QStringLiteral("'a b'c") << QStringList {u"a bc"_s};
        QTest::newRow("double") << QStringLiteral("\"a\\\"b\\n\"") << QStringList {u"a\"b\\n"_s};
        QTest::newRow("escape") << QStringLiteral("a\\ b \\{") << QStringList {u"a b"_s, u"{"_s};
        QTest::newRow("empty quotes") << QStringLiteral("'' x") << QStringList {u""_s, u"x"_s};
        QTest::newRow("trailing space") << QStringLiteral("x ") << QStringList {u"x"_s};
    }

    void shellSplitFollowsRuby()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        const auto split = shellSplit(text);
        QVERIFY(split);
        QCOMPARE(*split, words);
        QVERIFY(!shellSplit(QStringLiteral("a 'b")));
        QVERIFY(!shellSplit(QStringLiteral("a \"b")));
    }
};

QTEST_GUILESS_MAIN(TestSecretsResolver)
#include "tst_secretsresolver.moc"
