#include "engine/PlanRunner.h"

#include "core/secrets/SecretsResolver.h"
#include "engine/RunJournal.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <map>

namespace Berth::Engine {

using namespace Berth::Kamal;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanRunner)
};

// A path for the remote shell, single-quoted (POSIX sh rules: the servers have a shell).
QString shellQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''"))
        + QLatin1Char('\'');
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

// What a host's worker keeps between steps and stages: its connection and the outputs
// captured for later commands.
struct PlanRunner::HostState
{
    QString host; // "" = the deploying machine
    std::unique_ptr<Berth::Ssh::Session> session;
    QHash<QString, QString> captures;
    QString workingDirectory; // of the local action running now
    // Output waiting to be emitted: batched so a chatty command cannot flood the GUI.
    QString pending;
    QString pendingStep;
    QElapsedTimer sinceEmit;
};

PlanRunner::PlanRunner(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<Berth::Engine::PlanRunner::Outcome>();
}

PlanRunner::~PlanRunner()
{
    cancel();
    wait();
}

void PlanRunner::cancel()
{
    m_cancel.store(true);
}

void PlanRunner::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void PlanRunner::start(const Plan &plan)
{
    if (m_running.exchange(true))
        return;
    wait(); // a previous run's thread has ended; reap it
    m_cancel.store(false);
    m_failed.store(false);
    m_thread = std::thread([this, plan] { run(plan); });
}

void PlanRunner::run(const Plan &plan)
{
    m_runClock.start();
    std::map<QString, std::unique_ptr<HostState>> hosts;
    for (const PlanStage &stage : plan.stages) {
        for (const PlanStep &step : stage.steps) {
            auto &state = hosts[step.host];
            if (!state) {
                state = std::make_unique<HostState>();
                state->host = step.host;
                state->sinceEmit.start();
            }
        }
    }
    for (const PlanStage &stage : plan.stages) {
        // Steps of this stage by host, in plan order; hosts run in parallel, a stage is a
        // barrier (Kamal's `on(hosts) { … }` blocks).
        QList<QString> order;
        QHash<QString, QList<PlanStep>> byHost;
        for (const PlanStep &step : stage.steps) {
            if (!byHost.contains(step.host))
                order.append(step.host);
            byHost[step.host].append(step);
        }
        std::vector<std::thread> workers;
        workers.reserve(static_cast<size_t>(order.size()));
        for (const QString &host : std::as_const(order)) {
            HostState *state = hosts.at(host).get();
            const QList<PlanStep> steps = byHost.value(host);
            workers.emplace_back([this, state, steps] { runHostSteps(*state, steps); });
        }
        for (std::thread &worker : workers)
            worker.join();
    }
    for (auto &[host, state] : hosts) {
        if (state->session)
            state->session->disconnect();
    }
    const Outcome outcome = m_failed.load() ? Outcome::Failed
        : m_cancel.load()                   ? Outcome::Cancelled
                                            : Outcome::Success;
    if (m_options.journal)
        m_options.journal->runFinished(outcome == Outcome::Success ? QStringLiteral("success")
                                           : outcome == Outcome::Cancelled
                                           ? QStringLiteral("cancelled")
                                           : QStringLiteral("failed"));
    m_running.store(false);
    Q_EMIT finished(
        outcome,
        outcome == Outcome::Success ? Text::tr("%1 finished.").arg(plan.operation)
            : outcome == Outcome::Cancelled
            ? Text::tr("%1 was cancelled; the deploy lock was released.").arg(plan.operation)
            : Text::tr("%1 failed; see the step that failed.").arg(plan.operation));
}

void PlanRunner::runHostSteps(HostState &state, const QList<PlanStep> &steps)
{
    for (const PlanStep &step : steps) {
        const bool alwaysRun = step.policy == StepPolicy::AlwaysRun;
        if (!alwaysRun && (m_failed.load() || m_cancel.load())) {
            Q_EMIT stepFinished(state.host, step.id,
                                m_cancel.load() ? Outcome::Cancelled : Outcome::Skipped, QString(),
                                0);
            continue;
        }
        if (m_options.journal)
            m_options.journal->stepStarted(state.host, step.id, step.title);
        Q_EMIT stepStarted(state.host, step.id, step.title);
        QElapsedTimer timer;
        timer.start();
        const Result<void> done = runStepReconnecting(state, step);
        // Output still batched belongs to this step: it goes out before the step's end.
        if (!state.pending.isEmpty()) {
            Q_EMIT output(state.host, step.id, state.pending);
            state.pending.clear();
        }
        if (done) {
            if (m_options.journal)
                m_options.journal->stepFinished(state.host, step.id, QStringLiteral("success"), {});
            state.captures.insert(doneCapture(step.id), QStringLiteral("1"));
            Q_EMIT stepFinished(state.host, step.id, Outcome::Success, QString(), timer.elapsed());
            continue;
        }
        const bool cancelled = done.error().code == QLatin1String("ssh.cancelled")
            || done.error().code == QLatin1String("run.cancelled");
        if (!cancelled && step.policy == StepPolicy::StopOnError)
            m_failed.store(true);
        if (m_options.journal)
            m_options.journal->stepFinished(state.host, step.id,
                                            cancelled ? QStringLiteral("cancelled")
                                                      : QStringLiteral("failed"),
                                            m_options.redactor.redact(done.error().message));
        const QString message
            = m_options.redactor.redact(done.error().message
                                        + (done.error().detail.isEmpty() ? QString()
                                                                         : QStringLiteral(" (")
                                                   + done.error().detail + QLatin1Char(')')));
        Q_EMIT stepFinished(state.host, step.id,
                            cancelled                                  ? Outcome::Cancelled
                                : step.policy == StepPolicy::Skippable ? Outcome::Skipped
                                                                       : Outcome::Failed,
                            message, timer.elapsed());
    }
}

namespace {

// Failures after which the SSH session is gone (the host dropped off the network, the
// connection broke), as opposed to a command that ran and failed.
bool isConnectionLost(const Error &error)
{
    static const QStringList codes {
        QStringLiteral("ssh.connect"),      QStringLiteral("ssh.inactive"),
        QStringLiteral("ssh.read"),         QStringLiteral("ssh.write"),
        QStringLiteral("ssh.channel"),      QStringLiteral("ssh.exec"),
        QStringLiteral("ssh.not-connected")};
    return codes.contains(error.code);
}

} // namespace

Result<void> PlanRunner::runStepReconnecting(HostState &state, const PlanStep &step)
{
    Result<void> done = runStep(state, step);
    if (done || state.host.isEmpty() || !isConnectionLost(done.error()))
        return done;
    // The session is dead: whatever runs next on this host (the lock release) connects anew.
    state.session.reset();
    if (!step.repeatable) {
        Error error = done.error();
        if (error.code == QLatin1String("ssh.connect"))
            return unexpected(error); // nothing ran
        error.message += QLatin1Char(' ')
            + Text::tr("This step changes the server, so Berth does not repeat it blindly: once "
                       "%1 is reachable again, run the operation again (or roll back).")
                  .arg(state.host);
        return unexpected(error);
    }
    const bool cancellable = step.policy != StepPolicy::AlwaysRun;
    QElapsedTimer window;
    window.start();
    int pause = 1;
    while (window.elapsed() < qint64(m_options.reconnectWindowSeconds) * 1000) {
        Q_EMIT output(
            state.host, step.id,
            Text::tr("The connection to %1 was lost (%2). Connecting again in %n "
                     "second(s) to repeat “%3”, which is safe to repeat.",
                     nullptr, pause)
                    .arg(state.host, m_options.redactor.redact(done.error().message), step.title)
                + QLatin1Char('\n'));
        if (!sleepFor(pause, cancellable))
            return fail(QStringLiteral("run.cancelled"), Text::tr("Cancelled."));
        pause = std::min(pause * 2, 16);
        done = runStep(state, step);
        if (done || !isConnectionLost(done.error())) {
            if (done)
                Q_EMIT output(
                    state.host, step.id,
                    Text::tr("Connected to %1 again; “%2” is done.").arg(state.host, step.title)
                        + QLatin1Char('\n'));
            return done;
        }
        state.session.reset();
    }
    Error error = done.error();
    error.message = Text::tr("%1 could not be reached again within %n second(s): %2", nullptr,
                             m_options.reconnectWindowSeconds)
                        .arg(state.host, error.message);
    return unexpected(error);
}

Result<void> PlanRunner::runStep(HostState &state, const PlanStep &step)
{
    // Lock release and other AlwaysRun steps are not interrupted by a cancel.
    const bool cancellable = step.policy != StepPolicy::AlwaysRun;
    if (!state.host.isEmpty() && !state.session) {
        auto session = m_options.connect(state.host);
        if (!session)
            return unexpected(session.error());
        state.session = std::move(*session);
    }
    for (const PlanAction &action : step.actions) {
        if (cancellable && m_cancel.load())
            return fail(QStringLiteral("run.cancelled"), Text::tr("Cancelled."));
        if (!action.onlyIf.isEmpty() && state.captures.value(action.onlyIf).isEmpty())
            continue;
        if (!action.unlessSet.isEmpty() && !state.captures.value(action.unlessSet).isEmpty())
            continue;
        if (!action.onlyIfZero.isEmpty()
            && state.captures.value(action.onlyIfZero).trimmed().toLongLong() != 0)
            continue;
        if (auto done = runAction(state, step, action, cancellable); !done)
            return done;
    }
    return {};
}

Result<void> PlanRunner::runAction(HostState &state, const PlanStep &step, const PlanAction &action,
                                   bool cancellable)
{
    int exitStatus = 0;
    switch (action.kind) {
    case PlanAction::Kind::Sleep:
        if (!sleepFor(action.seconds, cancellable))
            return fail(QStringLiteral("run.cancelled"), Text::tr("Cancelled."));
        return {};
    case PlanAction::Kind::Upload: {
        // Content goes on stdin: env files hold secrets, which must never be on a command line.
        const QString directory = action.path.section(QLatin1Char('/'), 0, -2);
        QString command = QStringLiteral("cat > %1").arg(shellQuoted(action.path));
        if (!directory.isEmpty())
            command.prepend(QStringLiteral("mkdir -p %1 && ").arg(shellQuoted(directory)));
        if (!action.mode.isEmpty())
            command += QStringLiteral(" && chmod %1 %2").arg(action.mode, shellQuoted(action.path));
        const auto written = runCommand(state, step, command, action.content.toUtf8(), {},
                                        cancellable, &exitStatus);
        if (!written)
            return unexpected(written.error());
        if (exitStatus != 0)
            return fail(QStringLiteral("run.upload"),
                        Text::tr("Could not write %1 on %2: %3")
                            .arg(action.path, state.host, lastLine(*written)));
        return {};
    }
    case PlanAction::Kind::AwaitReady: {
        // Kamal's poller for roles without the proxy: "healthy", or "running" for the
        // readiness delay; anything else until the deploy timeout is a failure.
        const QString command = action.resolved(state.captures).toString();
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const auto status = runCommand(state, step, command, {}, {}, cancellable, &exitStatus);
            if (!status)
                return unexpected(status.error());
            const QString answer = status->trimmed();
            if (answer == QLatin1String("healthy"))
                return {};
            if (answer == QLatin1String("running")) {
                if (action.seconds <= 0)
                    return {};
                if (!sleepFor(action.seconds, cancellable))
                    return fail(QStringLiteral("run.cancelled"), Text::tr("Cancelled."));
                const auto again
                    = runCommand(state, step, command, {}, {}, cancellable, &exitStatus);
                if (!again)
                    return unexpected(again.error());
                if (again->trimmed() == QLatin1String("running")
                    || again->trimmed() == QLatin1String("healthy"))
                    return {};
            }
            if (waited.elapsed() > qint64(std::max(action.timeout, 1)) * 1000) {
                const QString failure
                    = Text::tr("The new container on %1 did not become ready within %2 s "
                               "(last status: %3).")
                          .arg(state.host)
                          .arg(action.timeout)
                          .arg(answer.isEmpty() ? Text::tr("none") : answer);
                if (action.explainFailure)
                    return unexpected(
                        explainHealthCheckFailure(state, step, *action.explainFailure, failure));
                return fail(QStringLiteral("run.not-ready"), failure);
            }
            if (!sleepFor(1, cancellable))
                return fail(QStringLiteral("run.cancelled"), Text::tr("Cancelled."));
        }
    }
    case PlanAction::Kind::Run: break;
    }

    QStringList items {QString()};
    if (!action.forEach.isEmpty()) {
        items = state.captures.value(action.forEach).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &except : action.forEachExcept)
            items.removeAll(state.captures.value(except));
    }
    state.workingDirectory = action.workingDirectory;
    for (const QString &item : std::as_const(items)) {
        const QString command = action.resolved(state.captures, item).toString();
        const auto out = action.onHost.isEmpty() || action.onHost == state.host
            ? runCommand(state, step, command, {}, action.environment, cancellable, &exitStatus)
            : Result<QString>(fail(QStringLiteral("run.onhost"),
                                   Text::tr("Berth cannot run commands on %1 yet (remote builder).")
                                       .arg(action.onHost)));
        if (!out)
            return unexpected(out.error());
        if (exitStatus != 0) {
            if (action.ignoreFailure) {
                if (!action.captureAs.isEmpty()) {
                    state.captures.insert(action.captureAs, QString());
                    state.captures.insert(action.captureAs + QStringLiteral(".failed"),
                                          QStringLiteral("1"));
                }
                continue;
            }
            // The reason first (what the command said), then where it came from.
            const QString said = lastLine(*out);
            if (action.explainFailure)
                return unexpected(
                    explainHealthCheckFailure(state, step, *action.explainFailure, said));
            return fail(
                QStringLiteral("run.command"),
                Text::tr("%1 (exit status %2 of “%3” on %4)")
                    .arg(said.isEmpty() ? Text::tr("A command failed") : said)
                    .arg(exitStatus)
                    .arg(command, state.host.isEmpty() ? Text::tr("this computer") : state.host));
        }
        if (action.requireOutput && out->trimmed().isEmpty())
            return fail(QStringLiteral("run.no-output"),
                        Text::tr("“%1” found nothing on %2.")
                            .arg(m_options.redactor.redact(command), state.host));
        if (!action.captureAs.isEmpty())
            state.captures.insert(action.captureAs, out->trimmed());
    }
    return {};
}

Error PlanRunner::explainHealthCheckFailure(HostState &state, const PlanStep &step,
                                            const HealthCheckProbe &probe, const QString &failure)
{
    // The facts are read before the new container is stopped (stopping changes its state).
    // A fact that cannot be read (the connection broke) stays empty: the explanation then
    // rests on what is known.
    const auto read = [&](const Command &command) {
        int exitStatus = 0;
        const auto out = runCommand(state, step, command.toString(), {}, {}, false, &exitStatus);
        return out && exitStatus == 0 ? *out : QString();
    };
    HealthCheckFacts facts;
    facts.failure = failure;
    facts.state = read(probe.stateCommand());
    facts.containerLog = read(probe.containerLogCommand());
    if (probe.viaProxy)
        facts.proxyLog
            = read(probe.proxyLogCommand(state.captures.value(probe.targetCapture).trimmed()));
    if (!probe.stopNewVersion.isEmpty())
        read(probe.stopNewVersion);
    HealthCheckExplanation explanation = HealthCheckExplainer::explain(probe, facts);
    if (!failure.isEmpty())
        explanation.evidence.prepend(failure);
    return Error {QStringLiteral("run.healthcheck"), explanation.text(), {}};
}

Result<QString> PlanRunner::runCommand(HostState &state, const PlanStep &step,
                                       const QString &command, const QByteArray &input,
                                       const QList<std::pair<QString, QString>> &environment,
                                       bool cancellable, int *exitStatus)
{
    Q_EMIT output(state.host, step.id,
                  QStringLiteral("$ ") + m_options.redactor.redact(command) + QLatin1Char('\n'));
    if (state.host.isEmpty())
        return runLocal(step, command, state.workingDirectory, environment, cancellable,
                        exitStatus);

    // Output is redacted as it streams (a secret split across two chunks is still caught)
    // and sent in batches of at most ten a second.
    Secrets::StreamRedactor redactor(m_options.redactor);
    const auto emitPending = [this, &state, &step](bool force) {
        if (state.pending.isEmpty() || (!force && state.sinceEmit.elapsed() < 100))
            return;
        Q_EMIT output(state.host, step.id, state.pending);
        state.pending.clear();
        state.sinceEmit.restart();
    };
    Berth::Ssh::ExecOptions options;
    options.inactivityTimeout = std::chrono::seconds(m_options.inactivityTimeoutSeconds);
    options.cancelRequested = cancellable ? &m_cancel : nullptr;
    options.standardInput = input;
    options.onOutput = [&](Berth::Ssh::Stream, const QByteArray &chunk) {
        state.pending += redactor.feed(QString::fromUtf8(chunk));
        emitPending(false);
    };
    options.onIdle = [&] { emitPending(false); }; // a quiet command's last lines still show
    const auto result = state.session->exec(command, options);
    state.pending += redactor.flush();
    emitPending(true);
    if (!result) {
        Error error = result.error();
        error.message = m_options.redactor.redact(error.message);
        return unexpected(error);
    }
    *exitStatus = result->exitStatus;
    return QString(
        QString::fromUtf8(result->standardOutput)
        + (result->exitStatus != 0 ? QString::fromUtf8(result->standardError) : QString()));
}

Result<QString> PlanRunner::runLocal(const PlanStep &step, const QString &command,
                                     const QString &workingDirectory,
                                     const QList<std::pair<QString, QString>> &environment,
                                     bool cancellable, int *exitStatus)
{
    // The deploying machine's shell (sh, or cmd.exe on Windows), with the command in the
    // environment rather than on the process's own command line.
    const Secrets::ShellInvocation shell = Secrets::shellInvocation(Secrets::hostShellKind());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment) {
        // post-deploy's KAMAL_RUNTIME: the seconds the run took so far.
        env.insert(name,
                   value == QLatin1String("{{runtime}}")
                       ? QString::number(m_runClock.elapsed() / 1000)
                       : value);
    }
    env.insert(QStringLiteral("BERTH_SHELL_COMMAND"), command);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? m_options.projectRoot
                                                           : workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(shell.program, shell.arguments);
    if (!process.waitForStarted(10000))
        return fail(QStringLiteral("run.local"),
                    Text::tr("Could not start %1: %2").arg(shell.program, process.errorString()));
    Secrets::StreamRedactor redactor(m_options.redactor);
    QString all;
    QString pending;
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    while (process.state() != QProcess::NotRunning) {
        if (cancellable && m_cancel.load()) {
            process.kill();
            process.waitForFinished(5000);
            return fail(QStringLiteral("run.cancelled"), Text::tr("Cancelled."));
        }
        process.waitForReadyRead(100);
        const QString chunk = QString::fromUtf8(process.readAll());
        all += chunk;
        pending += redactor.feed(chunk);
        if (!pending.isEmpty() && sinceEmit.elapsed() >= 100) {
            Q_EMIT output(QString(), step.id, pending);
            pending.clear();
            sinceEmit.restart();
        }
    }
    const QString rest = QString::fromUtf8(process.readAll());
    all += rest;
    pending += redactor.feed(rest) + redactor.flush();
    if (!pending.isEmpty())
        Q_EMIT output(QString(), step.id, pending);
    *exitStatus = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return all;
}

bool PlanRunner::sleepFor(int seconds, bool cancellable) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < qint64(seconds) * 1000) {
        if (cancellable && m_cancel.load())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

} // namespace Berth::Engine
