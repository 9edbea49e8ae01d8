// Public API of @los/application. Named exports only; each area keeps its own section.

// --- ports ---
export type { Clock } from './ports/clock.js';
export type { IdGenerator } from './ports/id-generator.js';
export type { Brand, BrandRepository } from './ports/brand-repository.js';
export { type StaffRole, type BrandRole, type StaffUser, type StaffRepository, STAFF_ROLES } from './ports/staff-repository.js';
export type { Customer, CustomerRepository } from './ports/customer-repository.js';
export { type Page, type LoanListQuery, type LoanRepository, ConcurrencyConflictError } from './ports/loan-repository.js';
export type { EventMessage } from './ports/event-message.js';
export type { Outbox, OutboxStore, ProcessedMessages } from './ports/outbox.js';
export type { Repositories, UnitOfWork } from './ports/unit-of-work.js';
export type { EventPublisher, EventBus, Subscription, Delivery, DeadLetter } from './ports/event-bus.js';
export type { Cache } from './ports/cache.js';
export type { MessageChannel, OutboundMessage, MessageSender } from './ports/message-sender.js';
export type { PasswordHasher, SecretHasher, OtpGenerator } from './ports/security.js';

// --- use cases ---
