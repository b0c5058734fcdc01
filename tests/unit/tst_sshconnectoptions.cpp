// deploy.yml's ssh section → the session options of one host (KamalConnectOptions.h).
#include "ssh/KamalConnectOptions.h"

#include <QDir>
#include <QTest>

using namespace Berth;

class TestSshConnectOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kamalDefaults()
    {
        const Kamal::KamalConfig config;
        const Ssh::ConnectOptions options
            = Ssh::connectOptionsFor(config, QStringLiteral("1.2.3.4"), {});
        QCOMPARE(options.host, QStringLiteral("1.2.3.4"));
        QCOMPARE(options.user, QStringLiteral("root"));
        QCOMPARE(options.port, 22);
        QVERIFY(options.proxyJump.isEmpty());
        QVERIFY(options.proxyCommand.isEmpty());
        QVERIFY(!options.keysOnly);
        QVERIFY(options.identityFile.isEmpty());
        QVERIFY(options.identityFiles.isEmpty());
        QVERIFY(options.keyData.isEmpty());
        // net-ssh's default config files, with ~/.ssh/config first.
        QCOMPARE(options.sshConfigFiles,
                 QStringList({QDir::homePath() + QStringLiteral("/.ssh/config"),
                              QStringLiteral("/etc/ssh_config"),
                              QStringLiteral("/etc/ssh/ssh_config")}));
        QCOMPARE(options.keepaliveInterval, std::chrono::milliseconds(30000));
    }

    void explicitSettings()
    {
        Kamal::KamalConfig config;
        config.ssh.user = QStringLiteral("deploy");
        config.ssh.port = 2222;
        config.ssh.proxy = QStringLiteral("bastion.example:2200");
        config.ssh.keysOnly = true;
        config.ssh.keys = {QStringLiteral("~/.ssh/deploy"), QStringLiteral("/keys/second")};
        config.ssh.keyData = {QStringLiteral("SSH_KEY"), QStringLiteral("MISSING"),
                              QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n")};
        config.ssh.config = false;
        const QHash<QString, QString> secrets {
            {QStringLiteral("SSH_KEY"),
             QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nk\n")}};
        const Ssh::ConnectOptions options
            = Ssh::connectOptionsFor(config, QStringLiteral("web.example"), secrets);
        QCOMPARE(options.user, QStringLiteral("deploy"));
        QCOMPARE(options.port, 2222);
        // Kamal: a proxy without a user logs in as root.
        QCOMPARE(options.proxyJump, QStringLiteral("root@bastion.example:2200"));
        QVERIFY(options.keysOnly);
        QCOMPARE(options.identityFiles,
                 QStringList({QDir::homePath() + QStringLiteral("/.ssh/deploy"),
                              QStringLiteral("/keys/second")}));
        // The secret's value, then the raw PEM Kamal still accepts; the unresolved name is
        // left out.
        QCOMPARE(options.keyData,
                 QList<QByteArray>({"-----BEGIN OPENSSH PRIVATE KEY-----\nk\n",
                                    "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n"}));
        QVERIFY(options.sshConfigFiles.isEmpty());
    }

    void proxyWithUserAndProxyCommand()
    {
        Kamal::KamalConfig config;
        config.ssh.proxy = QStringLiteral("admin@bastion");
        config.ssh.proxyCommand = QStringLiteral("ssh -W %h:%p gate");
        Ssh::ConnectOptions options = Ssh::connectOptionsFor(config, QStringLiteral("h"), {});
        QCOMPARE(options.proxyJump, QStringLiteral("admin@bastion"));
        // Kamal takes proxy over proxy_command.
        QVERIFY(options.proxyCommand.isEmpty());
        config.ssh.proxy.clear();
        options = Ssh::connectOptionsFor(config, QStringLiteral("h"), {});
        QCOMPARE(options.proxyCommand, QStringLiteral("ssh -W %h:%p gate"));
        QVERIFY(options.proxyJump.isEmpty());
    }

    void configFilesAndExplicitTrue()
    {
        Kamal::KamalConfig config;
        config.ssh.configFiles = {QStringLiteral("~/.ssh/config1"), QStringLiteral("/etc/c2")};
        QCOMPARE(Ssh::connectOptionsFor(config, QStringLiteral("h"), {}).sshConfigFiles,
                 QStringList({QDir::homePath() + QStringLiteral("/.ssh/config1"),
                              QStringLiteral("/etc/c2")}));
        config.ssh.configFiles.clear();
        config.ssh.config = true;
        QCOMPARE(Ssh::connectOptionsFor(config, QStringLiteral("h"), {}).sshConfigFiles.size(), 3);
    }

    void userAndPortInTheHostString()
    {
        // SSHKit reads them from the host; an IPv6 address stays whole.
        const Kamal::KamalConfig config;
        const Ssh::ConnectOptions options
            = Ssh::connectOptionsFor(config, QStringLiteral("app@10.0.0.5:2022"), {});
        QCOMPARE(options.host, QStringLiteral("10.0.0.5"));
        QCOMPARE(options.user, QStringLiteral("app"));
        QCOMPARE(options.port, 2022);
        const Ssh::ConnectOptions v6
            = Ssh::connectOptionsFor(config, QStringLiteral("fd00::5"), {});
        QCOMPARE(v6.host, QStringLiteral("fd00::5"));
        QCOMPARE(v6.port, 22);
    }
};

QTEST_GUILESS_MAIN(TestSshConnectOptions)
#include "tst_sshconnectoptions.moc"
