// findBy*/waitFor wait on what the user would see, however busy the machine: 1 s (the default) is
// less than parsing a three-year backup takes when CI runs beside another build. Only DOM tests
// load Testing Library; the pure ones stay fast.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 8000 });
}
export {};
