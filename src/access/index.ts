/** Users, roles and passwords: the users file the server and `union-dash user` share. */
export { ROLES, isRole, type Role } from './roles.ts';
export { roleVisibility } from './visibility.ts';
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './password.ts';
export {
  USERS_FILE,
  usersPath,
  readUsersFile,
  parseUsers,
  writeUsersFile,
  newUsersFile,
  newStamp,
  findUser,
  withUser,
  withoutUser,
  withPassword,
  validName,
  type UserEntry,
  type UsersFile,
  type UsersRead,
} from './users-file.ts';
