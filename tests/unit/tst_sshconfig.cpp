// The OpenSSH client config subset Berth reads (SshConfig.h) and the known_hosts line finder
// used in the changed-host-key message (KnownHosts.h): pure file parsing, no network.
#include "ssh/KnownHosts.h"
#include "ssh/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;

class TestSshConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void firstValueWinsAndIdentityFilesAccumulate()
    {
        const QString config = write(QStringLiteral("config"),
                                     "# comment\n"
                                     "Host web1 web2\n"
                                     "  HostName 10.0.0.%h\n"
                                     "  User deploy\n"
                                     "  Port 2222\n"
                                     "  IdentityFile ~/.ssh/web_%r\n"
                                     "  ProxyJump admin@bastion:2200\n"
                                     "Host web*\n"
                                     "  User other\n"
                                     "  Port=2200\n"
                                     "  IdentityFile \"/keys/with space\"\n"
                                     "  IdentitiesOnly yes\n"
                                     "Host *\n"
                                     "  ProxyJump none\n"
                                     "  IdentityFile %d/.ssh/id_ed25519\n");
        const Ssh::HostConfig web = Ssh::resolveHostConfig({config}, QStringLiteral("web1"));
        QCOMPARE(web.hostName, QStringLiteral("10.0.0.web1"));
        QCOMPARE(web.user, QStringLiteral("deploy"));
        QCOMPARE(web.port, 2222);
        QCOMPARE(web.identityFiles,
                 QStringList({QDir::homePath() + QStringLiteral("/.ssh/web_deploy"),
                              QStringLiteral("/keys/with space"),
                              QDir::homePath() + QStringLiteral("/.ssh/id_ed25519")}));
        QCOMPARE(web.identitiesOnly, true);
        QCOMPARE(web.proxyJump, QStringLiteral("admin@bastion:2200"));

        // Only `Host *` applies: its "none" hides any later jump host.
        const Ssh::HostConfig db = Ssh::resolveHostConfig({config}, QStringLiteral("db"));
        QVERIFY(db.hostName.isEmpty());
        QVERIFY(db.user.isEmpty());
        QVERIFY(!db.port);
        QVERIFY(db.proxyJump.isEmpty());
        QVERIFY(!db.identitiesOnly);
        QCOMPARE(db.identityFiles.size(), 1);
    }

    void patternsNegateAndMatchCaseInsensitively()
    {
        QVERIFY(Ssh::matchesHostPatterns(QStringLiteral("App1.Example.com"),
                                         {QStringLiteral("*.example.com")}));
        QVERIFY(Ssh::matchesHostPatterns(QStringLiteral("a1"), {QStringLiteral("x,a?")}));
        QVERIFY(!Ssh::matchesHostPatterns(QStringLiteral("a12"), {QStringLiteral("a?")}));
        QVERIFY(
            !Ssh::matchesHostPatterns(QStringLiteral("db.example.com"),
                                      {QStringLiteral("*.example.com"), QStringLiteral("!db.*")}));
        QVERIFY(!Ssh::matchesHostPatterns(QStringLiteral("x"), {QStringLiteral("!y")}));
    }

    void proxyCommandAndProxyJumpFirstOneWins()
    {
        const QString config = write(QStringLiteral("proxy"),
                                     "Host a\n"
                                     "  ProxyCommand ssh -W %h:%p gate\n"
                                     "Host *\n"
                                     "  ProxyJump j\n");
        const Ssh::HostConfig a = Ssh::resolveHostConfig({config}, QStringLiteral("a"));
        QCOMPARE(a.proxyCommand, QStringLiteral("ssh -W %h:%p gate"));
        QVERIFY(a.proxyJump.isEmpty());
        QCOMPARE(Ssh::resolveHostConfig({config}, QStringLiteral("b")).proxyJump,
                 QStringLiteral("j"));
    }

    void includesRelativeFilesAndGlobsAndSkipsMatchBlocks()
    {
        write(QStringLiteral("inc/conf.d/10-web.conf"), "Host web\n  User fromglob\n");
        write(QStringLiteral("inc/extra"), "Host web\n  Port 2022\n");
        const QString config = write(QStringLiteral("inc/config"),
                                     "Match host web exec \"false\"\n"
                                     "  User frommatch\n"
                                     "Host web\n"
                                     "  Include conf.d/*.conf extra\n"
                                     "Match all\n"
                                     "  HostName all.example\n");
        const Ssh::HostConfig web = Ssh::resolveHostConfig({config}, QStringLiteral("web"));
        QCOMPARE(web.user, QStringLiteral("fromglob"));
        QCOMPARE(web.port, 2022);
        QCOMPARE(web.hostName, QStringLiteral("all.example"));
        // Several files: the earlier file's values win; a missing file is no error.
        const QString second = write(QStringLiteral("second"), "Host *\n  User second\n");
        QCOMPARE(Ssh::resolveHostConfig({m_dir.filePath(QStringLiteral("missing")), second, config},
                                        QStringLiteral("web"))
                     .user,
                 QStringLiteral("second"));
    }

    void anIncludeLoopEnds()
    {
        const QString config = write(QStringLiteral("loop"), "Include loop\nUser looped\n");
        QCOMPARE(Ssh::resolveHostConfig({config}, QStringLiteral("x")).user,
                 QStringLiteral("looped"));
    }

    void findsTheKnownHostsLineOfAHost()
    {
        const QByteArray key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA81s2q+LLGQoAyGub9p8pR8Zik9";
        const QString plain = write(QStringLiteral("known_hosts"),
                                    "# header\n"
                                    "@cert-authority *.example ssh-ed25519 AAAA\n"
                                    "10.0.0.1 "
                                        + key + "\n" + "other,10.0.0.2 " + key + "\n"
                                        + "[10.0.0.3]:2222 " + key + "\n" + "*.corp " + key + "\n");
        QCOMPARE(Ssh::findKnownHostsLine(plain, QStringLiteral("10.0.0.1"), 22), 3);
        QCOMPARE(Ssh::findKnownHostsLine(plain, QStringLiteral("10.0.0.2"), 22), 4);
        QCOMPARE(Ssh::findKnownHostsLine(plain, QStringLiteral("10.0.0.3"), 2222), 5);
        QCOMPARE(Ssh::findKnownHostsLine(plain, QStringLiteral("10.0.0.3"), 22), 0);
        QCOMPARE(Ssh::findKnownHostsLine(plain, QStringLiteral("db.corp"), 22), 6);
        QCOMPARE(Ssh::findKnownHostsLine(plain, QStringLiteral("10.0.0.9"), 22), 0);

        // Hashed by ssh-keygen -H itself: names are only recognisable through the HMAC.
        const QString hashed = write(QStringLiteral("hashed"),
                                     "10.0.0.1 " + key + "\n" + "[10.0.0.3]:2222 " + key + "\n");
        QCOMPARE(QProcess::execute(
                     QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-H"), QStringLiteral("-f"), hashed}),
                 0);
        QFile file(hashed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("|1|"));
        QCOMPARE(Ssh::findKnownHostsLine(hashed, QStringLiteral("10.0.0.3"), 2222), 2);
        QCOMPARE(Ssh::findKnownHostsLine(hashed, QStringLiteral("10.0.0.1"), 22), 1);
        QCOMPARE(Ssh::findKnownHostsLine(hashed, QStringLiteral("10.0.0.2"), 22), 0);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
