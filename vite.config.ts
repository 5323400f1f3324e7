import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      output: {
        // Big libraries in their own files so a feature change does not re-download them.
        codeSplitting: {
          groups: [
            // Menu icons are in the first load; keep them apart from Ant Design's components.
            {
              name: 'icons',
              test: /node_modules[\\/](@ant-design[\\/](icons|icons-svg|colors|fast-color)|@rc-component[\\/]util|classnames|@babel[\\/]runtime)[\\/]/,
              priority: 30,
            },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-|@rc-component|dayjs)/, priority: 20 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/, priority: 20 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)/, priority: 10 },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
