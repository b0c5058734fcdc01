#include "core/kamal/Simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

namespace Berth::Kamal {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KamalSimulation)
};

QString withEnvironment(const PlanAction &action, const Command &command)
{
    if (action.environment.isEmpty())
        return command.toSshKitString();
    QStringList exports;
    for (const auto &[name, value] : action.environment)
        exports.append(name + QLatin1Char('=') + Shell::rubyDump(value));
    return QStringLiteral("( export %1 ; %2 )")
        .arg(exports.join(QLatin1Char(' ')), command.toSshKitString());
}

} // namespace

QHash<QString, QStringList> simulate(const Plan &plan, SimulatedServers &servers)
{
    QHash<QString, QStringList> lines;
    QHash<QString, QHash<QString, QString>> captures;
    for (const PlanStage &stage : plan.stages) {
        for (const PlanStep &step : stage.steps) {
            const QString host = step.host.isEmpty() ? QStringLiteral("local") : step.host;
            QHash<QString, QString> &vars = captures[host];
            // As the runner does: a later action may depend on this step having succeeded.
            const auto markDone = qScopeGuard(
                [&vars, &step] { vars.insert(doneCapture(step.id), QStringLiteral("1")); });
            for (const PlanAction &action : step.actions) {
                if (!action.onlyIf.isEmpty() && vars.value(action.onlyIf).isEmpty())
                    continue;
                if (!action.unlessSet.isEmpty() && !vars.value(action.unlessSet).isEmpty())
                    continue;
                if (!action.onlyIfZero.isEmpty()
                    && vars.value(action.onlyIfZero).trimmed().toLongLong() != 0)
                    continue;
                const QString target = action.onHost.isEmpty() ? host : action.onHost;
                switch (action.kind) {
                case PlanAction::Kind::Upload: {
                    const QString source = action.source.isEmpty()
                        ? QStringLiteral("(generated content)")
                        : QStringLiteral("<project-root>/") + action.source;
                    lines[target].append(QStringLiteral("UPLOAD %1 -> %2").arg(source, action.path)
                                         + (action.mode.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" mode=") + action.mode));
                    QStringList content = action.content.split(QLatin1Char('\n'));
                    content.removeLast();
                    for (const QString &line : std::as_const(content))
                        lines[target].append(QStringLiteral("    | ") + line);
                    continue;
                }
                case PlanAction::Kind::Sleep: continue;
                case PlanAction::Kind::AwaitReady:
                    // "running" once, then again after the readiness delay.
                    lines[target].append(action.command.toSshKitString());
                    lines[target].append(action.command.toSshKitString());
                    continue;
                case PlanAction::Kind::Run: break;
                }
                QStringList items {QString()};
                if (!action.forEach.isEmpty()) {
                    items = vars.value(action.forEach).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                    for (const QString &except : action.forEachExcept)
                        items.removeAll(vars.value(except));
                }
                for (const QString &item : std::as_const(items)) {
                    const Command command = action.resolved(vars, item);
                    // Berth's own safety steps are not in Kamal's sequence.
                    if (!action.berthOnly)
                        lines[target].append(withEnvironment(action, command));
                    const std::optional<QString> output = servers.run(target, command.toString());
                    if (!action.captureAs.isEmpty()) {
                        vars.insert(action.captureAs, output.value_or(QString()).trimmed());
                        if (!output)
                            vars.insert(action.captureAs + QStringLiteral(".failed"),
                                        QStringLiteral("1"));
                    }
                }
            }
        }
    }
    return lines;
}

void SimulatedServers::addContainer(const QString &host, const QString &name, bool running)
{
    m_containers[host].append({name, running});
}

bool SimulatedServers::isRunning(const QString &host, const QString &name) const
{
    const auto &containers = m_containers.value(host);
    return std::any_of(containers.cbegin(), containers.cend(),
                       [&name](const auto &c) { return c.first == name && c.second; });
}

std::optional<QString> SimulatedServers::run(const QString &host, const QString &command)
{
    static const QRegularExpression byName(QStringLiteral("--filter 'name=\\^(.+)\\$' --quiet"));
    static const QRegularExpression prefix(QStringLiteral("\\$\\{line#(.+)-\\}"));
    static const QRegularExpression rename(QStringLiteral("^docker rename (\\S+) (\\S+)$"));
    static const QRegularExpression runName(
        QStringLiteral("^docker run --detach .* --name (\\S+) "));
    QList<std::pair<QString, bool>> &containers = m_containers[host];
    const auto find = [&containers](const QString &name) {
        return std::find_if(containers.begin(), containers.end(),
                            [&name](const auto &c) { return c.first == name; });
    };
    static const QRegularExpression appDirectory(
        QStringLiteral("(mkdir -p|rm -r) \\.kamal/apps/([^/\\s]+)(\\S*)"));
    if (command.contains(QLatin1String("kamal-proxy list")))
        return m_routed.value(host);
    if (command == QLatin1String("ls .kamal/apps | wc -l"))
        return QString::number(m_apps.value(host).size());
    if (const auto match = appDirectory.match(command); match.hasMatch()) {
        if (match.captured(1) == QLatin1String("mkdir -p"))
            m_apps[host].insert(match.captured(2));
        else if (match.captured(3).isEmpty())
            m_apps[host].remove(match.captured(2));
    }
    if (command.contains(QLatin1String("docker buildx inspect"))) {
        const bool exists = m_builder;
        m_builder = true;
        return exists ? std::optional<QString>(QString()) : std::nullopt;
    }
    if (const auto match = runName.match(command); match.hasMatch()) {
        containers.append({match.captured(1), true});
        return QString();
    }
    if (const auto match = rename.match(command); match.hasMatch()) {
        if (auto it = find(match.captured(1)); it != containers.end())
            it->first = match.captured(2);
        return QString();
    }
    if (const auto match = byName.match(command); match.hasMatch()) {
        const auto it = find(match.captured(1));
        if (command.contains(QLatin1String("xargs docker stop")) && it != containers.end())
            it->second = false;
        if (command.contains(QLatin1String("xargs docker inspect")))
            return QStringLiteral("running");
        return it != containers.end() ? QStringLiteral("CID") : QString();
    }
    if (const auto match = prefix.match(command); match.hasMatch()) {
        const QString rolePrefix = match.captured(1) + QLatin1Char('-');
        QStringList versions;
        for (const auto &[name, running] : containers) {
            if (running && name.startsWith(rolePrefix))
                versions.append(name.mid(rolePrefix.size()));
        }
        if (command.contains(QLatin1String("--latest")))
            return versions.isEmpty() ? QString() : versions.constLast();
        return versions.join(QLatin1Char('\n'));
    }
    return QString();
}

Result<SimulatedServers> SimulatedServers::fromJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(QStringLiteral("simulation.json"),
                    Text::tr("The simulated state is not a JSON object: %1")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : Text::tr("another value")));
    const QJsonObject root = document.object();
    SimulatedServers servers;
    servers.setBuilderExists(root.value(QStringLiteral("builder")).toBool());
    const QJsonObject hosts = root.value(QStringLiteral("hosts")).toObject();
    for (auto it = hosts.constBegin(); it != hosts.constEnd(); ++it) {
        const QJsonObject host = it.value().toObject();
        const QJsonArray containers = host.value(QStringLiteral("containers")).toArray();
        for (const QJsonValue value : containers) {
            const QJsonObject container = value.toObject();
            const QString name = container.value(QStringLiteral("name")).toString();
            if (name.isEmpty())
                return fail(QStringLiteral("simulation.container"),
                            Text::tr("A container of %1 has no name.").arg(it.key()));
            servers.addContainer(it.key(), name,
                                 container.value(QStringLiteral("running")).toBool());
        }
        for (const QJsonValue app : host.value(QStringLiteral("apps")).toArray())
            servers.addAppDirectory(it.key(), app.toString());
        if (host.contains(QStringLiteral("routed")))
            servers.setRouted(it.key(), host.value(QStringLiteral("routed")).toString());
    }
    return servers;
}

} // namespace Berth::Kamal
