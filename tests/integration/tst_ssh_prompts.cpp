// The questions a connection asks, through the engine's seam (HostKeyPolicy's askHostKey and
// KeyPassphrases), against the real servers and the real Secret Service of the test
// environment: an encrypted key unlocked once for every host, a wrong passphrase asked again
// then refused, a remembered passphrase used without asking and replaced when it went stale,
// and an unknown jump host key asked about and written to known_hosts.
// Keys added to the servers' authorized_keys are removed again in cleanupTestCase().
#include "TestEnv.h"
#include "core/config/YamlTree.h"
#include "engine/HostConnector.h"
#include "engine/KeyPassphrases.h"
#include "secrets/KeychainSecretStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>

#include <thread>

using namespace Berth;

namespace {

// A scripted user: answers the passphrase questions in order and records them.
struct ScriptedUser
{
    QList<Engine::PassphraseAnswer> answers;
    QList<Engine::PassphraseQuestion> asked;
    QMutex mutex;

    Engine::PassphraseAsker asker()
    {
        return
            [this](const Engine::PassphraseQuestion &question) -> Result<Engine::PassphraseAnswer> {
                const QMutexLocker lock(&mutex);
                asked.append(question);
                if (answers.isEmpty())
                    return fail(QStringLiteral("test.declined"), QStringLiteral("declined"));
                return answers.takeFirst();
            };
    }
};

// Runs `work` on a worker thread (where connections run) while this thread's event loop
// serves the keychain, as the GUI thread does.
template<typename Work>
void onWorker(Work work)
{
    std::atomic_bool done = false;
    std::thread worker([&] {
        work();
        done = true;
    });
    const QDeadlineTimer deadline(60000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    worker.join();
}

} // namespace

class TestSshPrompts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lockedKey;
    const QString m_passphrase = QStringLiteral("tr0ub4dor & 3");
    QByteArray m_addedLine;

    static QString first() { return TestEnv::hosts().at(0); }
    static QString second() { return TestEnv::hosts().at(1); }

    static QStringList authorizedKeysFiles()
    {
        QStringList files;
        for (int n = 1; n <= TestEnv::hosts().size(); ++n)
            files.append(TestEnv::value("BERTH_TEST_STATE")
                         + QStringLiteral("/h%1/authorized_keys").arg(n));
        return files;
    }

    // deploy.yml for `servers` with the given ssh settings (keys_only: the runner's agent must
    // not help; config: false: the runner's ~/.ssh/config must not either).
    static std::shared_ptr<const Kamal::KamalConfig> config(const QStringList &servers,
                                                            const QString &ssh)
    {
        const QString yaml
            = QStringLiteral("service: prompts\nimage: berth/prompts\n"
                             "servers: [%1]\nregistry:\n  username: u\n"
                             "  password: [P]\nssh:\n  user: %2\n  port: %3\n"
                             "  keys_only: true\n  config: false\n%4")
                  .arg(servers.join(QStringLiteral(", ")), TestEnv::value("BERTH_TEST_SSH_USER"),
                       TestEnv::value("BERTH_TEST_SSH_PORT"), ssh);
        const auto parsed = Config::parseYaml(yaml, QStringLiteral("deploy.yml"));
        auto loaded = Kamal::KamalConfig::load(parsed.root, QString());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return std::make_shared<const Kamal::KamalConfig>(*loaded);
    }

    std::shared_ptr<const Kamal::KamalConfig> lockedKeyConfig() const
    {
        return config({first(), second()}, QStringLiteral("  keys: [%1]\n").arg(m_lockedKey));
    }

    static QString run(const Engine::PlanRunner::Connector &connect, const QString &host)
    {
        auto session = connect(host);
        if (!session)
            return session.error().code + QLatin1Char(' ') + session.error().message;
        const auto result = (*session)->exec(QStringLiteral("echo ran on $(hostname -I)"));
        return result ? QString::fromUtf8(result->standardOutput.trimmed()) : QString();
    }

    static QString emptyFile(const QTemporaryDir &dir, const QString &name)
    {
        QFile file(dir.filePath(name));
        (void)file.open(QIODevice::WriteOnly);
        return file.fileName();
    }

    static QByteArray knownHostsEntry(const QString &file, const QString &address)
    {
        const int port = TestEnv::value("BERTH_TEST_SSH_PORT").toInt();
        const QString host
            = port == 22 ? address : QStringLiteral("[%1]:%2").arg(address).arg(port);
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-F"), host, QStringLiteral("-f"), file});
        keygen.waitForFinished(10000);
        return keygen.readAllStandardOutput();
    }

    static std::optional<QString> keychainValue(const QString &keyFile)
    {
        KeychainSecretStore store(Engine::passphraseKeychainService());
        std::optional<Result<QString>> outcome;
        store.read(Engine::passphraseKeychainKey(keyFile),
                   [&outcome](Result<QString> value) { outcome = std::move(value); });
        const QDeadlineTimer deadline(10000);
        while (!outcome && !deadline.hasExpired())
            QTest::qWait(20);
        return (outcome && *outcome) ? std::optional<QString>(**outcome) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        QVERIFY(TestEnv::hosts().size() >= 2);
        qputenv("DBUS_SESSION_BUS_ADDRESS", TestEnv::value("BERTH_TEST_DBUS_ADDRESS").toUtf8());
        QVERIFY(m_dir.isValid());
        m_lockedKey = m_dir.filePath(QStringLiteral("id_locked"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), m_passphrase, QStringLiteral("-C"),
                      QStringLiteral("berth-prompts-test"), QStringLiteral("-f"), m_lockedKey});
        QVERIFY(keygen.waitForFinished(10000) && keygen.exitCode() == 0);
        QFile pub(m_lockedKey + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        m_addedLine = pub.readAll().trimmed();
        for (const QString &path : authorizedKeysFiles()) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::Append), qPrintable(path));
            file.write('\n' + m_addedLine + '\n');
        }
    }

    void cleanupTestCase()
    {
        if (m_addedLine.isEmpty())
            return;
        for (const QString &path : authorizedKeysFiles()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QByteArray kept;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (!line.isEmpty() && line.trimmed() != m_addedLine)
                    kept += line + '\n';
            }
            file.close();
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(kept);
        }
        Engine::OsPassphraseKeychain().remove(m_lockedKey);
    }

    void unlocksAnEncryptedKeyOnceForEveryHost()
    {
        ScriptedUser user;
        user.answers = {{m_passphrase, false}};
        Engine::HostKeyPolicy policy;
        policy.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(user.asker(), nullptr);
        const auto connect = Engine::makeConnector(lockedKeyConfig(), policy);
        // Both hosts at once, as a run connects them: one question between them.
        QString outputs[2];
        std::thread a([&] { outputs[0] = run(connect, first()); });
        std::thread b([&] { outputs[1] = run(connect, second()); });
        a.join();
        b.join();
        QCOMPARE(outputs[0].left(7), QStringLiteral("ran on "));
        QVERIFY2(outputs[0].contains(first()), qPrintable(outputs[0]));
        QVERIFY2(outputs[1].contains(second()), qPrintable(outputs[1]));
        QCOMPARE(user.asked.size(), 1);
        QCOMPARE(user.asked.at(0).keyFile, m_lockedKey);
        QCOMPARE(user.asked.at(0).previousWasWrong, false);
        // Later connections of the session do not ask again.
        QVERIFY(run(connect, first()).contains(first()));
        QCOMPARE(user.asked.size(), 1);
    }

    void asksAgainAfterAWrongPassphraseThenRefuses()
    {
        ScriptedUser user;
        user.answers = {{QStringLiteral("wrong"), false}, {m_passphrase, false}};
        Engine::HostKeyPolicy policy;
        policy.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(user.asker(), nullptr);
        QVERIFY(run(Engine::makeConnector(lockedKeyConfig(), policy), first()).contains(first()));
        QCOMPARE(user.asked.size(), 2);
        QCOMPARE(user.asked.at(1).previousWasWrong, true);
        QCOMPARE(user.asked.at(1).attempt, 2);

        ScriptedUser stubborn;
        stubborn.answers = {{QStringLiteral("a"), false},
                            {QStringLiteral("b"), false},
                            {QStringLiteral("c"), false},
                            {m_passphrase, false}};
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(stubborn.asker(), nullptr);
        const auto refused = Engine::makeConnector(lockedKeyConfig(), policy)(first());
        QVERIFY(!refused);
        QCOMPARE(stubborn.asked.size(), Engine::KeyPassphrases::maxAttempts);
        QCOMPARE(refused.error().code, QStringLiteral("ssh.key-passphrase-wrong"));
        QVERIFY2(refused.error().message.contains(QLatin1String("wrong 3 times"))
                     && refused.error().message.contains(m_lockedKey),
                 qPrintable(refused.error().message));
        // Declined: the asker's own words reach the user.
        ScriptedUser declining;
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(declining.asker(), nullptr);
        QCOMPARE(Engine::makeConnector(lockedKeyConfig(), policy)(first()).error().code,
                 QStringLiteral("test.declined"));
    }

    void remembersThePassphraseInTheKeychain()
    {
        auto keychain = std::make_shared<Engine::OsPassphraseKeychain>();
        keychain->remove(m_lockedKey);
        Engine::HostKeyPolicy policy;
        policy.knownHostsFile = TestEnv::value("BERTH_TEST_KNOWN_HOSTS");

        // Asked, "remember" ticked: stored in the Secret Service.
        ScriptedUser user;
        user.answers = {{m_passphrase, true}};
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(user.asker(), keychain);
        QString output;
        onWorker([&] { output = run(Engine::makeConnector(lockedKeyConfig(), policy), first()); });
        QVERIFY2(output.contains(first()), qPrintable(output));
        QCOMPARE(user.asked.size(), 1);
        QCOMPARE(keychainValue(m_lockedKey), std::optional<QString>(m_passphrase));

        // The next session finds it there and asks nothing.
        ScriptedUser silent;
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(silent.asker(), keychain);
        onWorker([&] { output = run(Engine::makeConnector(lockedKeyConfig(), policy), second()); });
        QVERIFY2(output.contains(second()), qPrintable(output));
        QCOMPARE(silent.asked.size(), 0);

        // A remembered passphrase that no longer opens the key: asked again, then replaced.
        QVERIFY(keychain->store(m_lockedKey, QStringLiteral("the old one")).has_value());
        ScriptedUser again;
        again.answers = {{m_passphrase, true}};
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(again.asker(), keychain);
        onWorker([&] { output = run(Engine::makeConnector(lockedKeyConfig(), policy), first()); });
        QVERIFY2(output.contains(first()), qPrintable(output));
        QCOMPARE(again.asked.size(), 1);
        QCOMPARE(again.asked.at(0).storedWasWrong, true);
        QCOMPARE(keychainValue(m_lockedKey), std::optional<QString>(m_passphrase));

        // Not ticked: a stale entry is removed rather than tried again next time.
        QVERIFY(keychain->store(m_lockedKey, QStringLiteral("the old one")).has_value());
        ScriptedUser forgetting;
        forgetting.answers = {{m_passphrase, false}};
        policy.passphrases = std::make_shared<Engine::KeyPassphrases>(forgetting.asker(), keychain);
        onWorker([&] { output = run(Engine::makeConnector(lockedKeyConfig(), policy), first()); });
        QVERIFY2(output.contains(first()), qPrintable(output));
        QCOMPARE(keychainValue(m_lockedKey), std::nullopt);
    }

    void asksAboutAnUnknownJumpHostKey()
    {
        QTemporaryDir dir;
        const QString knownHosts = emptyFile(dir, QStringLiteral("known_hosts"));
        const auto jumped = config({second()},
                                   QStringLiteral("  keys: [%1]\n  proxy: %2@%3:%4\n")
                                       .arg(TestEnv::value("BERTH_TEST_SSH_KEY"),
                                            TestEnv::value("BERTH_TEST_SSH_USER"), first(),
                                            TestEnv::value("BERTH_TEST_SSH_PORT")));
        QList<Engine::HostKeyQuestion> questions;
        Engine::HostKeyPolicy policy;
        policy.knownHostsFile = knownHosts;
        policy.askHostKey = [&questions](const Engine::HostKeyQuestion &question) {
            questions.append(question);
            return true;
        };
        const QString output = run(Engine::makeConnector(jumped, policy), second());
        QVERIFY2(output.contains(second()), qPrintable(output));
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(0).host.section(QLatin1Char(':'), 0, 0), first());
        QCOMPARE(questions.at(0).jumpHostFor, second());
        QVERIFY(questions.at(0).key.sha256Fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(questions.at(1).host, second());
        QVERIFY(questions.at(1).jumpHostFor.isEmpty());
        QVERIFY(questions.at(0).key.sha256Fingerprint != questions.at(1).key.sha256Fingerprint);
        // Both keys are in known_hosts now: the next connection asks nothing.
        QVERIFY(!knownHostsEntry(knownHosts, first()).isEmpty());
        QVERIFY(!knownHostsEntry(knownHosts, second()).isEmpty());
        questions.clear();
        QVERIFY(run(Engine::makeConnector(jumped, policy), second()).contains(second()));
        QVERIFY(questions.isEmpty());

        // The GUI's check before a run asks about the jump host too, then reports the target.
        const QString fresh = emptyFile(dir, QStringLiteral("fresh"));
        policy.knownHostsFile = fresh;
        const QList<Engine::HostKeyCheck> checks
            = Engine::checkHostKeys(*jumped, {second()}, policy);
        QCOMPARE(checks.size(), 1);
        QVERIFY2(checks.at(0).error.isEmpty(), qPrintable(checks.at(0).error));
        QCOMPARE(checks.at(0).key.state, Ssh::HostKeyState::Unknown);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.at(0).jumpHostFor, second());

        // "No" for the jump host: nothing is sent to it, and the message says why.
        const QString refusedFile = emptyFile(dir, QStringLiteral("refused"));
        policy.knownHostsFile = refusedFile;
        policy.askHostKey = [](const Engine::HostKeyQuestion &) { return false; };
        const auto refused = Engine::makeConnector(jumped, policy)(second());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("ssh.jump-host-key-refused"));
        QVERIFY2(refused.error().message.contains(QLatin1String("jump host"))
                     && refused.error().message.contains(first()),
                 qPrintable(refused.error().message));
        QCOMPARE(QFile(refusedFile).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSshPrompts)
#include "tst_ssh_prompts.moc"
