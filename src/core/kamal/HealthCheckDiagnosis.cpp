#include "core/kamal/HealthCheckDiagnosis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Berth::Kamal {

namespace {

QString docker()
{
    return QStringLiteral("docker");
}

// How many of the container's own last lines are shown: enough for a stack trace's head.
constexpr int containerLogLines = 15;

struct ProxyCheck
{
    QString url;
    QString error;
};

// kamal-proxy logs JSON, one object per line: {"msg":"Healthcheck failed","url":…,"error":…}.
QList<ProxyCheck> failedChecks(const QString &proxyLog)
{
    QList<ProxyCheck> checks;
    for (const QString &line : proxyLog.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject entry = QJsonDocument::fromJson(line.trimmed().toUtf8()).object();
        if (entry.value(QLatin1String("msg")).toString() != QLatin1String("Healthcheck failed"))
            continue;
        checks.append({entry.value(QLatin1String("url")).toString(),
                       entry.value(QLatin1String("error")).toString()});
    }
    return checks;
}

QStringList lastLines(const QString &text, int count)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines;
}

// The status kamal-proxy saw, from "unexpected status (503)"; 0 when it saw none.
int unexpectedStatus(const QString &error)
{
    static const QRegularExpression status(QStringLiteral(R"(unexpected status \((\d{3})\))"));
    const QRegularExpressionMatch match = status.match(error);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Go's client follows redirects; an error about another URL than the one checked means the
// health check path redirected there (typically to https, which the container does not serve).
QString redirectTarget(const ProxyCheck &check)
{
    static const QRegularExpression get(QStringLiteral(R"re(Get "([^"]+)")re"));
    const QRegularExpressionMatch match = get.match(check.error);
    if (!match.hasMatch() || match.captured(1) == check.url)
        return {};
    return match.captured(1);
}

} // namespace

Command HealthCheckProbe::stateCommand() const
{
    return Command {docker(),
                    QStringLiteral("container"),
                    QStringLiteral("inspect"),
                    QStringLiteral("--format"),
                    QStringLiteral("'{{.State.Status}} {{.State.ExitCode}}'"),
                    container};
}

Command HealthCheckProbe::containerLogCommand() const
{
    return Command {docker(),
                    QStringLiteral("logs"),
                    QStringLiteral("--tail"),
                    QString::number(containerLogLines),
                    container,
                    QStringLiteral("2>&1")};
}

Command HealthCheckProbe::proxyLogCommand(const QString &targetId) const
{
    // Container ids are hex, so the id needs no quoting; without one, every failed check.
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    const QString needle
        = hex.match(targetId).hasMatch() ? targetId : QStringLiteral("'Healthcheck failed'");
    return Command::pipe(
        {Command {docker(), QStringLiteral("logs"), QStringLiteral("--since"),
                  QStringLiteral("15m"), QStringLiteral("kamal-proxy"), QStringLiteral("2>&1")},
         Command {QStringLiteral("grep"), QStringLiteral("-F"), needle},
         Command {QStringLiteral("tail"), QStringLiteral("-n"), QStringLiteral("20")}});
}

QString HealthCheckExplanation::text() const
{
    QString message = summary;
    if (!advice.isEmpty())
        message += QLatin1Char(' ') + advice;
    for (const QString &line : evidence)
        message += QStringLiteral("\n    ") + line;
    return message;
}

HealthCheckExplanation HealthCheckExplainer::explain(const HealthCheckProbe &probe,
                                                     const HealthCheckFacts &facts)
{
    HealthCheckExplanation explanation;
    const QString path = probe.path.isEmpty() ? QStringLiteral("/up") : probe.path;
    const QStringList state = facts.state.simplified().split(QLatin1Char(' '));
    const QString status = state.value(0);
    const QString exitCode = state.value(1);
    const QStringList containerLines = lastLines(facts.containerLog, containerLogLines);
    const QString notSwitched = probe.viaProxy
        ? tr("kamal-proxy did not switch to it; requests still go where they went before.")
        : QString();
    const auto finish = [&](HealthCheckExplanation::Cause cause, const QString &summary,
                            const QString &advice, const QStringList &evidence) {
        explanation.cause = cause;
        explanation.summary
            = notSwitched.isEmpty() ? summary : summary + QLatin1Char(' ') + notSwitched;
        explanation.advice = advice;
        explanation.evidence = evidence;
        return explanation;
    };
    const QStringList containerEvidence = containerLines.isEmpty()
        ? QStringList {tr("(the container printed nothing)")}
        : containerLines;

    if (status == QLatin1String("exited") || status == QLatin1String("dead")
        || status == QLatin1String("restarting")) {
        return finish(
            HealthCheckExplanation::Cause::ContainerStopped,
            tr("The new container %1 stopped (exit code %2) before it passed the health "
               "check.")
                .arg(probe.container, exitCode.isEmpty() ? QStringLiteral("?") : exitCode),
            tr("Its last lines below say why: often a missing environment variable or "
               "secret, or a database it cannot reach."),
            containerEvidence);
    }

    const QList<ProxyCheck> checks = failedChecks(facts.proxyLog);
    QStringList checkEvidence;
    for (const ProxyCheck &check : checks.mid(std::max<qsizetype>(0, checks.size() - 3)))
        checkEvidence.append(tr("kamal-proxy: GET %1 → %2").arg(check.url, check.error));

    if (!probe.viaProxy) {
        if (status == QLatin1String("running")
            && facts.failure.contains(QLatin1String("unhealthy")))
            return finish(HealthCheckExplanation::Cause::Unhealthy,
                          tr("Docker's health check of the new container %1 reports it unhealthy.")
                              .arg(probe.container),
                          tr("Check the HEALTHCHECK of the image; the container's last lines "
                             "below may say why."),
                          containerEvidence);
        return finish(HealthCheckExplanation::Cause::TooSlow,
                      tr("The new container %1 was not ready within the deploy timeout (%2 s).")
                          .arg(probe.container)
                          .arg(probe.deployTimeoutSeconds),
                      tr("If the app needs longer to start, raise deploy_timeout or "
                         "readiness_delay in deploy.yml."),
                      containerEvidence);
    }

    if (!checks.isEmpty()) {
        const ProxyCheck &last = checks.constLast();
        const int code = unexpectedStatus(last.error);
        const QString redirect = redirectTarget(last);
        if (!redirect.isEmpty() || (code >= 300 && code < 400)
            || last.error.contains(QLatin1String("redirects"))) {
            return finish(HealthCheckExplanation::Cause::Redirected,
                          redirect.isEmpty()
                              ? tr("The health check path %1 answers with a redirect.").arg(path)
                              : tr("The health check path %1 redirects to %2.").arg(path, redirect),
                          tr("The health check does not follow redirects to https: exempt %1 "
                             "from the app's https redirect (Rails: ssl_options redirect "
                             "exclude), or set proxy.healthcheck.path to a path that answers "
                             "200 directly.")
                              .arg(path),
                          checkEvidence);
        }
        if (last.error.contains(QLatin1String("connection refused"))) {
            return finish(
                HealthCheckExplanation::Cause::NothingListening,
                tr("Nothing answered on port %1 inside the new container.").arg(probe.appPort),
                tr("Set proxy.app_port in deploy.yml to the port your app listens on (it is %1 "
                   "now), and make the app listen on 0.0.0.0 rather than 127.0.0.1.")
                    .arg(probe.appPort),
                checkEvidence
                    + containerLines.mid(std::max<qsizetype>(0, containerLines.size() - 5)));
        }
        if (code == 404) {
            return finish(HealthCheckExplanation::Cause::NotFound,
                          tr("The health check path %1 answers 404 Not Found.").arg(path),
                          tr("Add a route at %1 that answers 200 once the app is up (Rails 7.1 "
                             "and later have /up), or set proxy.healthcheck.path in deploy.yml "
                             "to one that does.")
                              .arg(path),
                          checkEvidence);
        }
        if (code != 0) {
            return finish(HealthCheckExplanation::Cause::Unhealthy,
                          tr("The health check path %1 answers %2: the app runs but reports an "
                             "error.")
                              .arg(path)
                              .arg(code),
                          tr("The container's last lines below usually say why (a database, "
                             "cache or secret it cannot reach)."),
                          checkEvidence + containerEvidence);
        }
        if (last.error.contains(QLatin1String("timed out"))) {
            return finish(
                HealthCheckExplanation::Cause::TooSlow,
                tr("The app did not answer %1 within the health check's timeout.").arg(path),
                tr("If it is slow to start or to answer, raise "
                   "proxy.healthcheck.timeout or deploy_timeout (%1 s now).")
                    .arg(probe.deployTimeoutSeconds),
                checkEvidence + containerEvidence);
        }
        return finish(HealthCheckExplanation::Cause::Unknown,
                      tr("The new container did not pass the health check at %1.").arg(path),
                      tr("kamal-proxy's and the container's last lines are below."),
                      checkEvidence + containerEvidence);
    }

    if (facts.failure.contains(QLatin1String("failed to become healthy"))) {
        return finish(HealthCheckExplanation::Cause::TooSlow,
                      tr("The new container was not healthy within the deploy timeout (%1 s).")
                          .arg(probe.deployTimeoutSeconds),
                      tr("If the app needs longer to start, raise deploy_timeout in deploy.yml."),
                      containerEvidence);
    }
    return finish(HealthCheckExplanation::Cause::Unknown,
                  tr("The new container %1 did not go live.").arg(probe.container),
                  tr("The container's last lines are below."), containerEvidence);
}

} // namespace Berth::Kamal
