#include "core/kamal/commands/HostCommands.h"

#include <QCoreApplication>

namespace Berth::Kamal {

namespace {

QString docker()
{
    return QStringLiteral("docker");
}

// Ruby's Base64.encode64: MIME style, a newline after every 60 characters and at the end.
QString encode64(const QString &text)
{
    const QString encoded = QString::fromLatin1(text.toUtf8().toBase64());
    QString out;
    for (qsizetype i = 0; i < encoded.size(); i += 60)
        out += encoded.mid(i, 60) + QLatin1Char('\n');
    return out;
}

} // namespace

QString Stamp::recordedAtText() const
{
    return recordedAt.toUTC().toString(Qt::ISODate);
}

Result<Command> RegistryCommands::login(const SecretValues &secrets) const
{
    const Registry &registry = m_config.registry;
    const std::optional<QString> username = registry.username.resolve(secrets);
    const std::optional<QString> password = registry.password.resolve(secrets);
    if (!username || !password) {
        const QString missing = !username ? registry.username.secret : registry.password.secret;
        return fail(
            QStringLiteral("kamal.secret-missing"),
            QCoreApplication::translate("KamalConfig", "The secret %1 is not set.").arg(missing));
    }
    Command command {docker(), QStringLiteral("login")};
    if (!registry.server.isEmpty())
        command.arg(registry.server);
    command.arg(QStringLiteral("-u")).secretArg(Shell::escapeValue(*username));
    command.arg(QStringLiteral("-p")).secretArg(Shell::escapeValue(*password));
    return command;
}

Command RegistryCommands::logout() const
{
    Command command {docker(), QStringLiteral("logout")};
    if (!m_config.registry.server.isEmpty())
        command.arg(m_config.registry.server);
    return command;
}

Command ServerCommands::createNetwork() const
{
    return {docker(), QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("kamal")};
}

Command ServerCommands::ensureRunDirectory() const
{
    return {QStringLiteral("mkdir"), QStringLiteral("-p"), m_config.runDirectory};
}

Command ServerCommands::removeAppDirectory() const
{
    return {QStringLiteral("rm"), QStringLiteral("-r"), m_config.appsDirectory()};
}

QString LockCommands::details(const QString &message, const QString &version, const Stamp &stamp)
{
    const QString user = stamp.lockUser.isEmpty() ? QStringLiteral("Unknown") : stamp.lockUser;
    return QStringLiteral("Locked by: %1 at %2\nVersion: %3\nMessage: %4")
        .arg(user, stamp.recordedAtText(), version, message);
}

Command LockCommands::acquire(const QString &message, const QString &version,
                              const Stamp &stamp) const
{
    const QString dir = m_config.lockDirectory();
    const Command echo {QStringLiteral("echo"),
                        QLatin1Char('"') + encode64(details(message, version, stamp))
                            + QLatin1Char('"')};
    return Command::combine({Command {QStringLiteral("mkdir"), dir},
                             Command::writeTo(echo, dir + QStringLiteral("/details"))});
}

Command LockCommands::release() const
{
    const QString dir = m_config.lockDirectory();
    return Command::combine({Command {QStringLiteral("rm"), dir + QStringLiteral("/details")},
                             Command {QStringLiteral("rm"), QStringLiteral("-r"), dir}});
}

Command LockCommands::status() const
{
    const QString dir = m_config.lockDirectory();
    return Command::combine(
        {Command {QStringLiteral("stat"), dir, QStringLiteral(">"), QStringLiteral("/dev/null")},
         Command::pipe({Command {QStringLiteral("cat"), dir + QStringLiteral("/details")},
                        Command {QStringLiteral("base64"), QStringLiteral("-d")}})});
}

Command PruneCommands::danglingImages() const
{
    return {docker(),
            QStringLiteral("image"),
            QStringLiteral("prune"),
            QStringLiteral("--force"),
            QStringLiteral("--filter"),
            QStringLiteral("label=service=") + m_config.service};
}

Command PruneCommands::taggedImages() const
{
    const QString serviceFilter = QStringLiteral("label=service=") + m_config.service;
    // Images in use by any container, plus the latest tag and in-use dangling images.
    const Command inUse {docker(),
                         QStringLiteral("container"),
                         QStringLiteral("ls"),
                         QStringLiteral("-a"),
                         QStringLiteral("--format"),
                         QStringLiteral("'{{.Image}}\\|'"),
                         QStringLiteral("--filter"),
                         serviceFilter};
    const QString activeImages = QStringLiteral("$(") + inUse.toString()
        + QStringLiteral(" | tr -d '\\n')") + m_config.latestImage() + QStringLiteral("\\|")
        + m_config.repository() + QStringLiteral(":<none>");
    return Command::pipe(
        {Command {docker(), QStringLiteral("image"), QStringLiteral("ls"),
                  QStringLiteral("--filter"), serviceFilter, QStringLiteral("--format"),
                  QStringLiteral("'{{.ID}} {{.Repository}}:{{.Tag}}'")},
         Command {QStringLiteral("grep"), QStringLiteral("-v"), QStringLiteral("-w"),
                  QLatin1Char('"') + activeImages + QLatin1Char('"')},
         Command {QStringLiteral("while"), QStringLiteral("read"), QStringLiteral("image"),
                  QStringLiteral("tag;"), QStringLiteral("do"), docker(), QStringLiteral("rmi"),
                  QStringLiteral("$tag;"), QStringLiteral("done")}});
}

Command PruneCommands::appContainers(int retain) const
{
    return Command::pipe(
        {Command {docker(), QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("-a"),
                  QStringLiteral("--filter"), QStringLiteral("label=service=") + m_config.service,
                  QStringLiteral("--filter"), QStringLiteral("status=created"),
                  QStringLiteral("--filter"), QStringLiteral("status=exited"),
                  QStringLiteral("--filter"), QStringLiteral("status=dead")},
         Command {QStringLiteral("tail"), QStringLiteral("-n"),
                  QStringLiteral("+") + QString::number(retain + 1)},
         Command {QStringLiteral("while"), QStringLiteral("read"), QStringLiteral("container_id;"),
                  QStringLiteral("do"), docker(), QStringLiteral("rm"),
                  QStringLiteral("$container_id;"), QStringLiteral("done")}});
}

QString AuditCommands::line(const QString &message, const QStringList &details) const
{
    QStringList tags {m_stamp.recordedAtText(), m_stamp.performer};
    if (!m_config.destination.isEmpty())
        tags.append(m_config.destination);
    tags.append(details);
    QString out;
    for (const QString &tag : std::as_const(tags)) {
        if (!tag.isEmpty())
            out += QLatin1Char('[') + tag + QStringLiteral("] ");
    }
    return out + message;
}

Command AuditCommands::record(const QString &message, const QStringList &details) const
{
    const Command echo {QStringLiteral("echo"), Shell::escapeValue(line(message, details))};
    return Command::combine(
        {Command {QStringLiteral("mkdir"), QStringLiteral("-p"), m_config.runDirectory},
         Command::appendTo(echo, m_config.auditLogFile())});
}

} // namespace Berth::Kamal
