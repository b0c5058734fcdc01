#include "gui/SandboxDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Berth::Gui {

SandboxDialog::SandboxDialog(QWidget *parent)
    : QDialog(parent)
    , m_catalog(std::make_unique<QSettings>())
    , m_sandbox(new Engine::Sandbox(m_catalog.get(), this))
{
    setObjectName(QStringLiteral("sandboxDialog"));
    setWindowTitle(tr("Try It Locally"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Berth starts servers on this computer (network namespaces with SSH and Docker, an "
           "image registry and S3) and deploys the demo project to them: your first deploy, "
           "without renting a server. It asks for the administrator password once."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sandboxStatus"));
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("sandboxLog"));
    m_log->setAccessibleName(tr("Sandbox progress"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_log, 1);
    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("sandboxLink"));
    m_link->setAccessibleName(tr("Link to the demo"));
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setVisible(false);
    layout->addWidget(m_link);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("sandboxCancelButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("sandboxCloseButton"));
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_sandbox->cancel();
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    layout->addWidget(buttons);
}

SandboxDialog::~SandboxDialog() = default;

void SandboxDialog::start()
{
    m_log->clear();
    m_link->setVisible(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_status->setText(tr("Starting the sandbox…"));
    m_sandbox->start([this](const QString &line) { append(line); },
                     [this](const Result<Engine::SandboxProject> &result) { finished(result); });
}

bool SandboxDialog::isRunning() const
{
    return m_sandbox->isRunning();
}

QString SandboxDialog::log() const
{
    return m_log->toPlainText();
}

void SandboxDialog::append(const QString &line)
{
    m_log->appendPlainText(line);
}

void SandboxDialog::finished(const Result<Engine::SandboxProject> &result)
{
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    if (!result) {
        m_status->setText(result.error().message);
        if (!result.error().detail.isEmpty())
            append(result.error().detail);
        m_close->setFocus();
        return;
    }
    m_project = *result;
    m_status->setText(tr("The sandbox is up. Deploying the demo to %1 — follow it on the Deploy "
                         "page.")
                          .arg(m_project.url));
    Q_EMIT ready(m_project);
}

void SandboxDialog::deployFinished(bool success)
{
    if (success) {
        m_status->setText(tr("The demo runs in the sandbox."));
        m_link->setText(
            tr("Open <a href=\"%1\">%1</a> to see it.").arg(m_project.url.toHtmlEscaped()));
        m_link->setVisible(true);
        m_link->setFocus();
    } else {
        m_status->setText(tr("The deploy did not finish: the Deploy page says why."));
        m_close->setFocus();
    }
}

} // namespace Berth::Gui
