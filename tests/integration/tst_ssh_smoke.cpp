// berth_ssh against the real servers of the test environment: sshd in network namespaces,
// each with its own Docker engine.
#include "TestEnv.h"
#include "ssh/SshSession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <thread>

using namespace Berth;
using namespace std::chrono_literals;

class TestSshSmoke : public QObject
{
    Q_OBJECT

private:
    static Ssh::ConnectOptions optionsFor(const QString &host)
    {
        Ssh::ConnectOptions options;
        options.host = host;
        options.port = TestEnv::value("BERTH_TEST_SSH_PORT").toInt();
        options.user = TestEnv::value("BERTH_TEST_SSH_USER");
        options.identityFile = TestEnv::value("BERTH_TEST_SSH_KEY");
        options.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        options.connectTimeout = 5s;
        return options;
    }

    static void connectAndAuthenticate(Ssh::Session &session, const QString &host)
    {
        const auto hostKey = session.connect(optionsFor(host));
        QVERIFY2(hostKey.has_value(),
                 hostKey ? "" : qPrintable(hostKey.error().message + hostKey.error().detail));
        QCOMPARE(hostKey->state, Ssh::HostKeyState::Known);
        const auto auth = session.authenticate();
        QVERIFY2(auth.has_value(), auth ? "" : qPrintable(auth.error().message));
    }

private Q_SLOTS:
    void initTestCase() { BERTH_REQUIRE_TESTENV(); }

    void everyServerRunsItsOwnDockerEngine()
    {
        const QStringList hosts = TestEnv::hosts();
        QVERIFY(hosts.size() >= 2);
        QSet<QByteArray> names;
        for (const QString &host : hosts) {
            Ssh::Session session;
            connectAndAuthenticate(session, host);
            const auto version
                = session.exec(QStringLiteral("docker version --format '{{.Server.Version}}'"));
            QVERIFY(version.has_value());
            QCOMPARE(version->exitStatus, 0);
            QVERIFY2(!version->standardOutput.trimmed().isEmpty(),
                     version->standardError.constData());
            // Each server answers with its own engine: their engine IDs differ.
            const auto info = session.exec(QStringLiteral("docker info --format '{{.ID}}'"));
            QVERIFY(info.has_value());
            QCOMPARE(info->exitStatus, 0);
            names.insert(info->standardOutput.trimmed());
        }
        QCOMPARE(names.size(), hosts.size());
    }

    void streamsOutputAndReportsTheExitStatus()
    {
        Ssh::Session session;
        connectAndAuthenticate(session, TestEnv::hosts().constFirst());
        QList<QByteArray> chunks;
        Ssh::ExecOptions options;
        options.onOutput = [&chunks](Ssh::Stream stream, const QByteArray &chunk) {
            chunks.append((stream == Ssh::Stream::StandardError ? "err:" : "out:") + chunk);
        };
        QElapsedTimer timer;
        timer.start();
        const auto result = session.exec(
            QStringLiteral(
                "for i in 1 2 3; do echo out$i; echo err$i >&2; sleep 0.3; done; exit 7"),
            options);
        QVERIFY(result.has_value());
        QCOMPARE(result->exitStatus, 7);
        QCOMPARE(result->standardOutput, QByteArray("out1\nout2\nout3\n"));
        QCOMPARE(result->standardError, QByteArray("err1\nerr2\nerr3\n"));
        QVERIFY(chunks.size() >= 4); // arrived in pieces, as they were printed
        QVERIFY(timer.elapsed() >= 800);
    }

    void sendsStandardInput()
    {
        // How files are uploaded: content on stdin, never on the command line.
        Ssh::Session session;
        connectAndAuthenticate(session, TestEnv::hosts().constFirst());
        QByteArray content;
        for (int i = 0; i < 5000; ++i)
            content += "line " + QByteArray::number(i) + " with a secret-ish value\n";
        Ssh::ExecOptions options;
        options.standardInput = content;
        const auto written = session.exec(
            QStringLiteral("umask 077; mkdir -p /tmp/berth-stdin && cat > /tmp/berth-stdin/f && "
                           "chmod 600 /tmp/berth-stdin/f && stat -c %a /tmp/berth-stdin/f && "
                           "sha256sum < /tmp/berth-stdin/f && rm -r /tmp/berth-stdin"),
            options);
        QVERIFY(written.has_value());
        QCOMPARE(written->exitStatus, 0);
        QCOMPARE(written->standardOutput,
                 "600\n" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()
                     + "  -\n");
    }

    void stopsACommandThatGoesSilent()
    {
        Ssh::Session session;
        connectAndAuthenticate(session, TestEnv::hosts().constFirst());
        Ssh::ExecOptions options;
        options.inactivityTimeout = 1s;
        QElapsedTimer timer;
        timer.start();
        const auto result = session.exec(QStringLiteral("sleep 20"), options);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, QStringLiteral("ssh.inactive"));
        QVERIFY(timer.elapsed() < 5000);
    }

    void cancelsARunningCommand()
    {
        Ssh::Session session;
        connectAndAuthenticate(session, TestEnv::hosts().constFirst());
        std::atomic_bool cancel {false};
        Ssh::ExecOptions options;
        options.cancelRequested = &cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(300ms);
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto result = session.exec(QStringLiteral("sleep 20"), options);
        canceller.join();
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, QStringLiteral("ssh.cancelled"));
        QVERIFY(timer.elapsed() < 3000);
    }

    void reportsAnUnknownHostKeyWithItsFingerprint()
    {
        QTemporaryDir dir;
        const QString emptyKnownHosts = dir.filePath(QStringLiteral("known_hosts"));
        QFile(emptyKnownHosts).open(QIODevice::WriteOnly);
        auto options = optionsFor(TestEnv::hosts().constFirst());
        options.knownHostsFile = emptyKnownHosts;
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY(hostKey.has_value());
        QCOMPARE(hostKey->state, Ssh::HostKeyState::Unknown);
        QVERIFY(hostKey->sha256Fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(hostKey->type, QStringLiteral("ssh-ed25519"));
        // Trusting it writes the key; a new connection then knows the host.
        QVERIFY(session.trustHostKey().has_value());
        Ssh::Session again;
        QCOMPARE(again.connect(options)->state, Ssh::HostKeyState::Known);
    }

    void reportsAChangedHostKey()
    {
        // known_hosts says host 1 has host 2's key: exactly what a man in the middle looks like.
        const QStringList hosts = TestEnv::hosts();
        QFile real(TestEnv::value("BERTH_TEST_KNOWN_HOSTS"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray secondKey;
        const auto lines = real.readAll().split('\n');
        const QByteArray secondHost = hosts.at(1).toUtf8() + ' ';
        for (const QByteArray &line : lines) {
            if (line.startsWith(secondHost))
                secondKey = line.mid(line.indexOf(' ') + 1);
        }
        QVERIFY(!secondKey.isEmpty());
        QTemporaryDir dir;
        const QString forged = dir.filePath(QStringLiteral("known_hosts"));
        QFile file(forged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(hosts.at(0).toUtf8() + ' ' + secondKey + '\n'));
        file.close();

        auto options = optionsFor(hosts.at(0));
        options.knownHostsFile = forged;
        Ssh::Session session;
        const auto hostKey = session.connect(options);
        QVERIFY(hostKey.has_value());
        QCOMPARE(hostKey->state, Ssh::HostKeyState::Changed);
    }

    void refusesAKeyTheServerDoesNotKnow()
    {
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("stranger"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"),
                                    QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                    QStringLiteral("-f"), keyPath}),
                 0);
        auto options = optionsFor(TestEnv::hosts().constFirst());
        options.identityFile = keyPath;
        Ssh::Session session;
        QVERIFY(session.connect(options).has_value());
        const auto auth = session.authenticate();
        QVERIFY(!auth.has_value());
        QCOMPARE(auth.error().code, QStringLiteral("ssh.auth-denied"));
        QVERIFY(auth.error().message.contains(QLatin1String("authorized_keys")));
    }

    void aCutServerIsUnreachableUntilRestored()
    {
        const QString host = TestEnv::hosts().constLast();
        const auto index = QString::number(TestEnv::hosts().size());
        QCOMPARE(TestEnv::testenv({QStringLiteral("cut"), index}), 0);
        auto options = optionsFor(host);
        options.connectTimeout = 2s;
        Ssh::Session cut;
        QElapsedTimer timer;
        timer.start();
        const auto refused = cut.connect(options);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(TestEnv::testenv({QStringLiteral("restore"), index}), 0);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, QStringLiteral("ssh.connect"));
        QVERIFY2(elapsed < 6000, qPrintable(QString::number(elapsed)));

        Ssh::Session restored;
        connectAndAuthenticate(restored, host);
        const auto echo = restored.exec(QStringLiteral("echo back"));
        QVERIFY(echo.has_value());
        QCOMPARE(echo->standardOutput, QByteArray("back\n"));
    }
};

QTEST_GUILESS_MAIN(TestSshSmoke)
#include "tst_ssh_smoke.moc"
