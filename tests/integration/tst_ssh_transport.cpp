// The SSH transport against the real servers of the test environment: the jump host tunnel,
// proxy commands, ssh config files, key handling, known_hosts edge cases and keepalives.
// Keys added to the servers' authorized_keys are removed again in cleanupTestCase().
#include "TestEnv.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Berth;
using namespace std::chrono_literals;

class TestSshTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_unauthorizedKey; // a key no server knows
    QString m_plainKey; // authorized on every server, no passphrase
    QString m_lockedKey; // authorized on every server, passphrase below
    const QString m_passphrase = QStringLiteral("correct horse battery");
    QList<QByteArray> m_addedLines; // our lines in the servers' authorized_keys

    static QString first() { return TestEnv::hosts().at(0); }
    static QString second() { return TestEnv::hosts().at(1); }

    static Ssh::ConnectOptions optionsFor(const QString &host)
    {
        Ssh::ConnectOptions options;
        options.host = host;
        options.port = TestEnv::value("BERTH_TEST_SSH_PORT").toInt();
        options.user = TestEnv::value("BERTH_TEST_SSH_USER");
        options.identityFile = TestEnv::value("BERTH_TEST_SSH_KEY");
        options.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        options.connectTimeout = 5s;
        options.keysOnly = true; // whatever agent the runner has must not help
        return options;
    }

    static QStringList authorizedKeysFiles()
    {
        QStringList files;
        for (int n = 1; n <= TestEnv::hosts().size(); ++n)
            files.append(TestEnv::value("BERTH_TEST_STATE")
                         + QStringLiteral("/h%1/authorized_keys").arg(n));
        return files;
    }

    QString generateKey(const QString &name, const QString &passphrase)
    {
        QString path = m_dir.filePath(name);
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), passphrase, QStringLiteral("-C"),
                      QStringLiteral("berth-transport-test"), QStringLiteral("-f"), path});
        if (!keygen.waitForFinished(10000) || keygen.exitCode() != 0)
            return {};
        return path;
    }

    static QString connectionOf(Ssh::Session &session)
    {
        const auto result = session.exec(QStringLiteral("echo $SSH_CONNECTION"));
        return result ? QString::fromUtf8(result->standardOutput.trimmed()) : QString();
    }

    // Shell-quoted path for commands run through `sh -c`.
    static QString quoted(const QString &path)
    {
        return QLatin1Char('\'') + path + QLatin1Char('\'');
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        QVERIFY(TestEnv::hosts().size() >= 2);
        QVERIFY(m_dir.isValid());
        m_unauthorizedKey = generateKey(QStringLiteral("unauthorized"), QString());
        m_plainKey = generateKey(QStringLiteral("plain"), QString());
        m_lockedKey = generateKey(QStringLiteral("locked"), m_passphrase);
        QVERIFY(!m_unauthorizedKey.isEmpty() && !m_plainKey.isEmpty() && !m_lockedKey.isEmpty());
        for (const QString &key : {m_plainKey, m_lockedKey}) {
            QFile pub(key + QStringLiteral(".pub"));
            QVERIFY(pub.open(QIODevice::ReadOnly));
            m_addedLines.append(pub.readAll().trimmed());
        }
        for (const QString &path : authorizedKeysFiles()) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::Append), qPrintable(path));
            for (const QByteArray &line : std::as_const(m_addedLines))
                file.write('\n' + line + '\n');
        }
    }

    void cleanupTestCase()
    {
        // Remove exactly the lines we added; whatever else is there stays.
        for (const QString &path : authorizedKeysFiles()) {
            QFile file(path);
            if (m_addedLines.isEmpty() || !file.open(QIODevice::ReadOnly))
                continue;
            QByteArray kept;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty() && !m_addedLines.contains(line.trimmed()))
                    kept += line + '\n';
            }
            file.close();
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(kept);
        }
    }

    void reachesTheSecondServerThroughTheFirst()
    {
        const int fdsBefore = static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).count());
        for (int round = 0; round < 3; ++round) {
            auto options = optionsFor(second());
            options.proxyJump = QStringLiteral("root@%1:22").arg(first());
            Ssh::Session session;
            const auto hostKey = session.connect(options);
            QVERIFY2(hostKey.has_value(), hostKey ? "" : qPrintable(hostKey.error().message));
            QCOMPARE(hostKey->state, Ssh::HostKeyState::Known);
            QVERIFY(session.authenticate().has_value());
            // The second server sees the first as the client: the tunnel is real.
            const QStringList fields = connectionOf(session).split(QLatin1Char(' '));
            QCOMPARE(fields.value(0), first());
            QCOMPARE(fields.value(2), second());
            // Bulk data both ways through the tunnel.
            Ssh::ExecOptions exec;
            exec.standardInput = QByteArray(qsizetype(3) * 1024 * 1024, 'x');
            const auto counted
                = session.exec(QStringLiteral("wc -c; head -c 2000000 /dev/zero | wc -c"), exec);
            QVERIFY(counted.has_value());
            QCOMPARE(counted->standardOutput, QByteArray("3145728\n2000000\n"));
            if (round == 1)
                session.disconnect(); // explicit; the others end in the destructor
        }
        // Sockets and the tunnel's socket pair are all closed again.
        QCOMPARE(static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).count()), fdsBefore);
    }

    void aJumpHostThatDropsOffEndsTheCommandAndTheTunnel()
    {
        auto options = optionsFor(second());
        options.proxyJump = QStringLiteral("root@") + first();
        options.connectTimeout = 2s;
        auto session = std::make_unique<Ssh::Session>();
        QVERIFY(session->connect(options).has_value());
        QVERIFY(session->authenticate().has_value());

        // Server 1 (the jump host) leaves the network while a command runs on server 2;
        // restored before any check can fail.
        bool cut = false;
        Ssh::ExecOptions exec;
        exec.inactivityTimeout = 2s;
        exec.onOutput = [&cut](Ssh::Stream, const QByteArray &) {
            if (!cut)
                cut = TestEnv::testenv({QStringLiteral("cut"), QStringLiteral("1")}) == 0;
        };
        QElapsedTimer timer;
        timer.start();
        const auto result = session->exec(
            QStringLiteral("for i in $(seq 100); do echo $i; sleep 0.2; done"), exec);
        const qint64 commandMs = timer.restart();
        session.reset(); // stops and joins the tunnel's thread
        const qint64 shutdownMs = timer.restart();
        Ssh::Session unreachable;
        const auto refused = unreachable.connect(options);
        const qint64 connectMs = timer.elapsed();
        QCOMPARE(TestEnv::testenv({QStringLiteral("restore"), QStringLiteral("1")}), 0);

        QVERIFY(cut);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, QStringLiteral("ssh.inactive"));
        QVERIFY2(commandMs < 6000, qPrintable(QString::number(commandMs)));
        QVERIFY2(shutdownMs < 1000, qPrintable(QString::number(shutdownMs)));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, QStringLiteral("ssh.connect"));
        QVERIFY(refused.error().message.contains(QLatin1String("jump host ") + first()));
        QVERIFY2(connectMs < 6000, qPrintable(QString::number(connectMs)));

        // Back on the network, the same way works again.
        Ssh::Session again;
        QVERIFY(again.connect(options).has_value());
        QVERIFY(again.authenticate().has_value());
        QCOMPARE(connectionOf(again).section(QLatin1Char(' '), 0, 0), first());
    }

    void aJumpHostThatRefusesTheLoginIsNamed()
    {
        auto options = optionsFor(second());
        options.proxyJump = QStringLiteral("nobody-here@%1").arg(first());
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY(!hostKey.has_value());
        QCOMPARE(hostKey.error().code, QStringLiteral("ssh.jump-auth"));
        QVERIFY2(hostKey.error().message.contains(QLatin1String("jump host ") + first()),
                 qPrintable(hostKey.error().message));
        QVERIFY(!session.isConnected());
    }

    void aJumpHostMustBeKnown()
    {
        // known_hosts knows the target only: the jump host's key is not trusted silently.
        QFile real(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray onlySecond;
        for (const QByteArray &line : real.readAll().split('\n')) {
            if (line.startsWith(QByteArray(second().toUtf8() + ' ')))
                onlySecond = line + '\n';
        }
        const QString knownHosts = m_dir.filePath(QStringLiteral("only_second"));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(onlySecond);
        file.close();
        auto options = optionsFor(second());
        options.knownHostsFile = knownHosts;
        options.proxyJump = QStringLiteral("root@") + first();
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY(!hostKey.has_value());
        QCOMPARE(hostKey.error().code, QStringLiteral("ssh.jump-host-key-unknown"));
        QVERIFY(hostKey.error().message.contains(QLatin1String("SHA256:")));
        QVERIFY(hostKey.error().message.contains(QStringLiteral("“ssh root@%1”").arg(first())));
    }

    void aProxyCommandCarriesTheConnection()
    {
        auto options = optionsFor(second());
        options.proxyCommand
            = QStringLiteral("ssh -i %1 -o UserKnownHostsFile=%2 -o StrictHostKeyChecking=yes "
                             "-o BatchMode=yes -F /dev/null -W %h:%p root@%3")
                  .arg(quoted(TestEnv::value("BERTH_TEST_SSH_KEY")),
                       quoted(TestEnv::value("BERTH_TEST_KNOWN_HOSTS")), first());
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY2(hostKey.has_value(), hostKey ? "" : qPrintable(hostKey.error().message));
        QCOMPARE(hostKey->state, Ssh::HostKeyState::Known);
        QVERIFY(session.authenticate().has_value());
        QCOMPARE(connectionOf(session).section(QLatin1Char(' '), 0, 0), first());
    }

    void readsHostAliasesFromAnSshConfigFile()
    {
        const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Host berth-second\n"
                                  "  HostName %1\n"
                                  "  User %2\n"
                                  "  IdentityFile %3\n"
                                  "  ProxyJump berth-first\n"
                                  "  Port 2222\n"
                                  "Host berth-first\n"
                                  "  HostName %4\n"
                                  "  User %2\n"
                                  "Host *\n"
                                  "  User nobody-from-config\n")
                       .arg(second(), TestEnv::value("BERTH_TEST_SSH_USER"),
                            TestEnv::value("BERTH_TEST_SSH_KEY"), first())
                       .toUtf8());
        file.close();
        // Everything from the config: the alias, its user and key, the jump host's alias…
        Ssh::ConnectOptions options;
        options.host = QStringLiteral("berth-second");
        options.port = 0;
        options.sshConfigFiles = {config};
        options.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        options.keysOnly = true;
        options.connectTimeout = 5s;
        // …but an explicit port wins over `Port 2222`, as deploy.yml's over ~/.ssh/config.
        options.port = 22;
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY2(hostKey.has_value(), hostKey ? "" : qPrintable(hostKey.error().message));
        QCOMPARE(session.endpoint(), second() + QStringLiteral(":22"));
        const auto auth = session.authenticate();
        QVERIFY2(auth.has_value(), auth ? "" : qPrintable(auth.error().message));
        const QStringList fields = connectionOf(session).split(QLatin1Char(' '));
        QCOMPARE(fields.value(0), first());
        QCOMPARE(fields.value(2), second());

        // Explicit user wins too: the config's user for `*` would be refused.
        auto direct = optionsFor(first());
        direct.identityFile.clear();
        direct.sshConfigFiles = {config};
        Ssh::Session explicitUser;
        QVERIFY(explicitUser.connect(direct).has_value());
        // No explicit key: the config's key is not for first(), `Host *` gives none, so only
        // keys_only's empty list is left — and the message says so.
        const auto noKey = explicitUser.authenticate();
        QVERIFY(!noKey.has_value());
        QCOMPARE(noKey.error().code, QStringLiteral("ssh.auth-no-key"));
        direct.identityFile = TestEnv::value("BERTH_TEST_SSH_KEY");
        QVERIFY(explicitUser.connect(direct).has_value());
        QVERIFY(explicitUser.authenticate().has_value());
        QCOMPARE(explicitUser.exec(QStringLiteral("id -un"))->standardOutput,
                 TestEnv::value("BERTH_TEST_SSH_USER").toUtf8() + '\n');
    }

    void triesSeveralKeysInOrder()
    {
        auto options = optionsFor(first());
        options.identityFile.clear();
        options.identityFiles
            = {m_unauthorizedKey, m_dir.filePath(QStringLiteral("missing")), m_plainKey};
        Ssh::Session session;
        QVERIFY(session.connect(options).has_value());
        const auto auth = session.authenticate();
        QVERIFY2(auth.has_value(), auth ? "" : qPrintable(auth.error().message));

        // All refused: the message names them all.
        options.identityFiles = {m_unauthorizedKey};
        options.keyData = {};
        QVERIFY(session.connect(options).has_value());
        const auto refused = session.authenticate();
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, QStringLiteral("ssh.auth-denied"));
        QVERIFY(refused.error().message.contains(m_unauthorizedKey));
    }

    void usesTheAgentUnlessKeysOnly()
    {
        // A private ssh-agent holding the authorized key; the runner's own agent (if any) is
        // hidden for the duration.
        const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"),
                    {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted(5000));
        QTRY_VERIFY(QFileInfo::exists(socket));
        const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), m_plainKey});
        const bool added = add.waitForFinished(10000) && add.exitCode() == 0;

        auto options = optionsFor(first());
        options.identityFile.clear();
        options.identityFiles = {m_unauthorizedKey};
        options.keysOnly = true;
        Ssh::Session session;
        const bool connected = session.connect(options).has_value();
        const auto keysOnly = session.authenticate();
        options.keysOnly = false;
        const bool reconnected = session.connect(options).has_value();
        const auto withAgent = session.authenticate();
        // Nothing configured at all: the agent is asked first.
        options.identityFiles.clear();
        const bool third = session.connect(options).has_value();
        const auto agentOnly = session.authenticate();

        if (previous.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", previous);
        agent.terminate();
        agent.waitForFinished(5000);

        QVERIFY(added);
        QVERIFY(connected && reconnected && third);
        QVERIFY(!keysOnly.has_value());
        QCOMPARE(keysOnly.error().code, QStringLiteral("ssh.auth-denied"));
        QVERIFY2(withAgent.has_value(), withAgent ? "" : qPrintable(withAgent.error().message));
        QVERIFY2(agentOnly.has_value(), agentOnly ? "" : qPrintable(agentOnly.error().message));
    }

    void logsInWithKeyData()
    {
        QFile key(m_plainKey);
        QVERIFY(key.open(QIODevice::ReadOnly));
        auto options = optionsFor(first());
        options.identityFile.clear();
        options.keyData = {"not a key", key.readAll()};
        Ssh::Session session;
        QVERIFY(session.connect(options).has_value());
        const auto auth = session.authenticate();
        QVERIFY2(auth.has_value(), auth ? "" : qPrintable(auth.error().message));
        QCOMPARE(session.exec(QStringLiteral("echo in"))->standardOutput, QByteArray("in\n"));
    }

    void asksForAPassphraseOncePerKey()
    {
        // Both hops use the locked key: one question for the whole connection.
        QStringList asked;
        auto options = optionsFor(second());
        options.identityFile = m_lockedKey;
        options.proxyJump = first();
        options.passphraseProvider = [&](const QString &keyFile) -> Result<QString> {
            asked.append(keyFile);
            return m_passphrase;
        };
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY2(hostKey.has_value(), hostKey ? "" : qPrintable(hostKey.error().message));
        const auto auth = session.authenticate();
        QVERIFY2(auth.has_value(), auth ? "" : qPrintable(auth.error().message));
        QCOMPARE(asked, QStringList {m_lockedKey});
        QCOMPARE(connectionOf(session).section(QLatin1Char(' '), 0, 0), first());

        // A wrong passphrase is not asked again within a connect() (asking again is the
        // provider's job: Engine::KeyPassphrases), and says what is wrong.
        asked.clear();
        options = optionsFor(first());
        options.identityFile = m_lockedKey;
        options.passphraseProvider = [&](const QString &keyFile) -> Result<QString> {
            asked.append(keyFile);
            return QStringLiteral("wrong");
        };
        QVERIFY(session.connect(options).has_value());
        auto wrong = session.authenticate();
        QVERIFY(!wrong.has_value());
        QCOMPARE(wrong.error().code, QStringLiteral("ssh.key-passphrase-wrong"));
        wrong = session.authenticate();
        QVERIFY(!wrong.has_value());
        QCOMPARE(asked.size(), 1);

        // Declined: the provider's own words; nobody to ask: a clear message, not a libssh
        // error.
        options.passphraseProvider = [](const QString &) -> Result<QString> {
            return fail(QStringLiteral("test.declined"), QStringLiteral("declined"));
        };
        QVERIFY(session.connect(options).has_value());
        QCOMPARE(session.authenticate().error().code, QStringLiteral("test.declined"));
        options.passphraseProvider = nullptr;
        QVERIFY(session.connect(options).has_value());
        QCOMPARE(session.authenticate().error().code, QStringLiteral("ssh.key-passphrase"));
    }

    void recognisesHashedKnownHosts()
    {
        const QString hashed = m_dir.filePath(QStringLiteral("hashed_known_hosts"));
        QVERIFY(QFile::copy(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"), hashed));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-H"), QStringLiteral("-f"), hashed});
        QVERIFY(keygen.waitForFinished(10000));
        QCOMPARE(keygen.exitCode(), 0);
        QFile file(hashed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("|1|"));
        QVERIFY(!content.contains(first().toUtf8()));
        for (const QString &host : TestEnv::hosts()) {
            auto options = optionsFor(host);
            options.knownHostsFile = hashed;
            Ssh::Session session;
            const auto hostKey = session.connect(options);
            QVERIFY(hostKey.has_value());
            QCOMPARE(hostKey->state, Ssh::HostKeyState::Known);
        }
    }

    void aChangedHostKeyStopsWithAdvice()
    {
        // A hashed known_hosts whose second line gives the first server the second's key.
        QFile real(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray secondKey;
        for (const QByteArray &line : real.readAll().split('\n')) {
            if (line.startsWith(QByteArray(second().toUtf8() + ' ')))
                secondKey = line.mid(line.indexOf(' ') + 1);
        }
        const QString forged = m_dir.filePath(QStringLiteral("forged"));
        QFile file(forged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("other.example " + secondKey + "\n" + first().toUtf8() + ' ' + secondKey + '\n');
        file.close();
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-H"), QStringLiteral("-f"), forged});
        QVERIFY(keygen.waitForFinished(10000));

        auto options = optionsFor(first());
        options.knownHostsFile = forged;
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY(hostKey.has_value());
        QCOMPARE(hostKey->state, Ssh::HostKeyState::Changed);
        QCOMPARE(hostKey->knownHostsLine, 2);
        QCOMPARE(hostKey->knownHostsFile, forged);
        QVERIFY(hostKey->advice.contains(QLatin1String("man-in-the-middle")));
        QVERIFY(hostKey->advice.contains(QStringLiteral("line 2 of “") + forged));
        QVERIFY(hostKey->advice.contains(
            QStringLiteral("ssh-keygen -R %1 -f %2").arg(first(), forged)));
        QVERIFY(hostKey->advice.contains(hostKey->sha256Fingerprint));
        // A hard stop: no login, and no "trust it anyway".
        const auto auth = session.authenticate();
        QVERIFY(!auth.has_value());
        QCOMPARE(auth.error().code, QStringLiteral("ssh.host-key-changed"));
        const auto trust = session.trustHostKey();
        QVERIFY(!trust.has_value());
        QCOMPARE(trust.error().code, QStringLiteral("ssh.host-key-changed"));
    }

    void anUnknownHostKeyIsNeverUsedSilently()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        QFile(empty).open(QIODevice::WriteOnly);
        auto options = optionsFor(first());
        options.knownHostsFile = empty;
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY(hostKey.has_value());
        QCOMPARE(hostKey->state, Ssh::HostKeyState::Unknown);
        QVERIFY(hostKey->advice.contains(hostKey->sha256Fingerprint));
        const auto auth = session.authenticate();
        QVERIFY(!auth.has_value());
        QCOMPARE(auth.error().code, QStringLiteral("ssh.host-key-unknown"));
        // After the user's yes, the same session may log in.
        QVERIFY(session.trustHostKey().has_value());
        QVERIFY(session.authenticate().has_value());
    }

    void sendsKeepalivesWhileACommandIsQuiet_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<bool>("expectTraffic");
        QTest::newRow("every 500 ms") << 500 << true;
        QTest::newRow("off") << 0 << false;
    }

    void sendsKeepalivesWhileACommandIsQuiet()
    {
        QFETCH(int, intervalMs);
        QFETCH(bool, expectTraffic);
        auto options = optionsFor(first());
        options.keepaliveInterval = std::chrono::milliseconds(intervalMs);
        Ssh::Session session;
        QVERIFY(session.connect(options).has_value());
        QVERIFY(session.authenticate().has_value());
        // The server counts the data segments it receives on this very connection (found by
        // the client port in $SSH_CONNECTION) before and after 3 s of silence.
        const auto result = session.exec(QStringLiteral(
            "set -- $SSH_CONNECTION; c() { ss -tinH \"( sport = :22 and dport = :$2 )\" | "
            "grep -o ' data_segs_in:[0-9]*' | cut -d: -f2; }; a=$(c \"$@\"); sleep 3; "
            "b=$(c \"$@\"); echo $a $b"));
        QVERIFY(result.has_value());
        const QList<QByteArray> counts = result->standardOutput.trimmed().split(' ');
        QCOMPARE(counts.size(), 2);
        const int received = counts.at(1).toInt() - counts.at(0).toInt();
        if (expectTraffic)
            QVERIFY2(received >= 4, qPrintable(QString::number(received)));
        else
            QCOMPARE(received, 0);
    }
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_ssh_transport.moc"
