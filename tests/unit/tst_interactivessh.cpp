// The OpenSSH command line for interactive commands, against the shapes Kamal's own tests pin
// (reference §1.8), and the exec plans.
#include "core/config/YamlTree.h"
#include "core/kamal/InteractiveSsh.h"
#include "core/kamal/Plan.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Kamal;

namespace {

KamalConfig configWith(const QString &ssh)
{
    const QString yaml = QStringLiteral("service: app\nimage: dhh/app\nservers:\n  - 1.1.1.1\n"
                                        "registry:\n  username: u\n  password: [P]\n"
                                        "builder:\n  arch: amd64\n")
        + ssh;
    const auto parsed = Config::parseYaml(yaml, QStringLiteral("deploy.yml"));
    auto config = KamalConfig::load(parsed.root, QString());
    if (!config)
        qFatal("%s", qPrintable(config.error().message));
    return *config;
}

} // namespace

class TestInteractiveSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesKamal_data()
    {
        QTest::addColumn<QString>("ssh");
        QTest::addColumn<QString>("expected");
        QTest::newRow("jump host")
            << QStringLiteral("ssh:\n  proxy: 2.2.2.2\n")
            << QStringLiteral("ssh -J root@2.2.2.2 -t root@1.1.1.1 -p 22 'ls'");
        QTest::newRow("key only")
            << QStringLiteral("ssh:\n  keys: [path_to_key.pem]\n  keys_only: true\n")
            << QStringLiteral(
                   "ssh -i path_to_key.pem -o IdentitiesOnly=yes -t root@1.1.1.1 -p 22 'ls'");
        QTest::newRow("proxy command")
            << QStringLiteral("ssh:\n  proxy_command: ssh -W %h:%p user@proxy-server\n")
            << QStringLiteral("ssh -o ProxyCommand='ssh -W %h:%p user@proxy-server' -t "
                              "root@1.1.1.1 -p 22 'ls'");
        QTest::newRow("config files")
            << QStringLiteral("ssh:\n  config: [~/.ssh/config1, ~/.ssh/config2]\n")
            << QStringLiteral("ssh -F ~/.ssh/config1 -F ~/.ssh/config2 -t root@1.1.1.1 -p 22 'ls'");
        QTest::newRow("no config") << QStringLiteral("ssh:\n  config: false\n")
                                   << QStringLiteral("ssh -F /dev/null -t root@1.1.1.1 -p 22 'ls'");
        QTest::newRow("user and port") << QStringLiteral("ssh:\n  user: deploy\n  port: 2222\n")
                                       << QStringLiteral("ssh -t deploy@1.1.1.1 -p 2222 'ls'");
    }

    void matchesKamal()
    {
        QFETCH(QString, ssh);
        QFETCH(QString, expected);
        const KamalConfig config = configWith(ssh);
        const InteractiveSsh command
            = interactiveSsh(config, QStringLiteral("1.1.1.1"), QStringLiteral("ls"));
        QCOMPARE(command.commandLine, expected);
        QCOMPARE(command.arguments.constLast(), QStringLiteral("ls")); // one argument, no shell
    }

    void quotesTheRemoteCommand()
    {
        const InteractiveSsh command = interactiveSsh(configWith({}), QStringLiteral("1.1.1.1"),
                                                      QStringLiteral("echo 'hi there'"));
        QVERIFY(command.commandLine.endsWith(QLatin1String("'echo '\\''hi there'\\'''")));
        QCOMPARE(command.arguments.constLast(), QStringLiteral("echo 'hi there'"));
    }

    void plansExecLikeKamal()
    {
        const KamalConfig config = configWith({});
        PlanInputs inputs;
        inputs.secrets.insert(QStringLiteral("P"), QStringLiteral("pw"));
        inputs.replacedSuffix = QStringLiteral("0123456789abcdef");
        const PlanBuilder builder(config, inputs);
        const auto fresh = builder.appExec(QStringLiteral("ls -la"), false, QString());
        QVERIFY(fresh.has_value());
        const QList<PlanAction> &actions = fresh->stages.constFirst().steps.constFirst().actions;
        QVERIFY(actions.constFirst().command.toString().startsWith(QLatin1String("docker login")));
        QCOMPARE(actions.constLast().command.toString(),
                 QStringLiteral("docker run --rm --name app-web-exec-latest-012345 --network kamal "
                                "--env-file .kamal/apps/app/env/roles/web.env --log-opt "
                                "max-size=\"10m\" dhh/app:latest ls -la"));
        const auto reuse = builder.appExec(QStringLiteral("ls -la"), true, QString());
        QVERIFY(reuse.has_value());
        const QList<PlanAction> &again = reuse->stages.constFirst().steps.constFirst().actions;
        QCOMPARE(again.constFirst().captureAs, QStringLiteral("web.current"));
        QCOMPARE(again.constLast().command.toString(),
                 QStringLiteral("docker exec app-web-{{web.current}} ls -la"));
        QVERIFY(!builder.accessoryExec(QStringLiteral("nope"), QStringLiteral("ls"), true));
    }
};

QTEST_GUILESS_MAIN(TestInteractiveSsh)
#include "tst_interactivessh.moc"
